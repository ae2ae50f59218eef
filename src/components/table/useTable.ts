import { useCallback, useRef, useState } from 'react';
import type { CommandId } from '../../keys.js';
import { tableActionFor } from './tableInput.js';
import {
  clampWindow,
  INITIAL_TABLE_STATE,
  tableReducer,
  type TableBounds,
  type TableState,
} from './tableState.js';

export interface TableControl {
  /** Clamped to the current bounds, ready to render. */
  state: TableState;
  /**
   * The cursor as of the last key, which may be ahead of the last frame
   * when keys arrive faster than frames.
   */
  cursorNow: () => number;
  /** Applies a movement command; false when it is not one. */
  handleCommand: (command: CommandId) => boolean;
  /** Puts the cursor back on the first row. */
  reset: () => void;
}

/**
 * Cursor and scroll state for a Table. Bounds change with filtering and
 * resizing, so the stored state is clamped on every read rather than
 * trusted.
 */
export function useTable(bounds: TableBounds): TableControl {
  const [stored, setStored] = useState(INITIAL_TABLE_STATE);
  const latest = useRef(INITIAL_TABLE_STATE);
  const { count, height } = bounds;

  const update = useCallback((next: TableState) => {
    latest.current = next;
    setStored(next);
  }, []);

  const handleCommand = useCallback(
    (command: CommandId) => {
      const action = tableActionFor(command);
      const from = clampWindow(latest.current, { count, height });

      if (action === null) return false;
      update(tableReducer(from, action, { count, height }));
      return true;
    },
    [count, height, update],
  );

  const cursorNow = useCallback(
    () => clampWindow(latest.current, { count, height }).cursor,
    [count, height],
  );
  const reset = useCallback(() => update(INITIAL_TABLE_STATE), [update]);

  return {
    state: clampWindow(stored, bounds),
    cursorNow,
    handleCommand,
    reset,
  };
}
