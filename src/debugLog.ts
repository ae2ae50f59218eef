import { appendFileSync } from 'node:fs';

/** One line of the debug log; never carries secrets or request bodies. */
export type DebugEvent = Record<string, unknown> & { event: string };

/**
 * The debug log (`--debug FILE`): JSON lines appended synchronously, so a
 * crash loses nothing. Without a file it records nothing: the UI owns the
 * terminal and nothing else may write to it.
 */
export interface DebugLog {
  write(event: DebugEvent): void;
}

export const silentLog: DebugLog = { write: () => {} };

export function fileDebugLog(path: string): DebugLog {
  return {
    write(event) {
      const line = { time: new Date().toISOString(), ...event };
      appendFileSync(path, JSON.stringify(line) + '\n', { mode: 0o600 });
    },
  };
}

/** An error as the debug log keeps it: name, message and stack. */
export function errorDetails(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const details: Record<string, unknown> = {
    error: error.name,
    message: error.message,
    stack: error.stack,
  };
  if (error.cause !== undefined && error.cause !== null) {
    details.cause = errorDetails(error.cause);
  }
  return details;
}
