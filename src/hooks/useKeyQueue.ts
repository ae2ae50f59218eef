import type { Key } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import { splitKeys } from '../keys.js';

type KeyHandler = (input: string, key: Key) => void;

/**
 * Hands keys to `onKey` one at a time, each after the frame that the one
 * before it led to has been committed. A terminal may deliver several
 * keys in one read (a paste, a fast typist, tmux): "/carol", Enter, Enter
 * must open carol, not whoever was under the cursor before the filter
 * applied. A lone key is handled at once, as before. `onKey` must keep
 * its identity (see useLatest).
 */
export function useKeyQueue(onKey: KeyHandler): KeyHandler {
  const queue = useRef<[string, Key][]>([]);
  const [turn, setTurn] = useState(0);

  useEffect(() => {
    const next = queue.current.shift();
    if (next === undefined) return;
    onKey(...next);
    if (queue.current.length > 0) setTurn((t) => t + 1);
  }, [turn, onKey]);

  return useCallback(
    (input: string, key: Key) => {
      const keys = splitKeys(input, key);
      const first = keys.shift();
      if (first && queue.current.length === 0) {
        onKey(...first);
      } else if (first) {
        queue.current.push(first);
      }
      queue.current.push(...keys);
      if (queue.current.length > 0) setTurn((t) => t + 1);
    },
    [onKey],
  );
}
