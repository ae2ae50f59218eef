import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback whose identity never changes but which always runs the
 * latest `fn`. Key handlers use it: Ink re-subscribes a changed handler
 * in a passive effect, and a key arriving before that would otherwise
 * meet the previous render's state.
 */
export function useLatest<Args extends unknown[], Result>(
  fn: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(fn);

  useLayoutEffect(() => {
    latest.current = fn;
  });

  return useCallback((...args: Args) => latest.current(...args), []);
}
