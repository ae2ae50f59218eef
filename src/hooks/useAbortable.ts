import { useCallback, useEffect, useState } from 'react';

export interface AbortableState<T> {
  value: T | null;
  error: Error | null;
  loading: boolean;
  /** Runs the task again; the value on screen stays until it succeeds. */
  reload: () => void;
  /** Replaces the value without running the task (a live re-read). */
  setValue: (update: (value: T | null) => T | null) => void;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Runs an async task when `task` changes or on reload, and aborts it when
 * the component unmounts or a newer run starts, so a late answer never
 * lands on a screen that has moved on.
 */
export function useAbortable<T>(
  task: (signal: AbortSignal) => Promise<T>,
): AbortableState<T> {
  const [value, setValueState] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();

    setLoading(true);
    setError(null);
    task(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setValueState(result);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(asError(failure));
        setLoading(false);
      },
    );

    return () => controller.abort();
  }, [task, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return { value, error, loading, reload, setValue: setValueState };
}
