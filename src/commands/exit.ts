import { AwsProblem } from '../aws/errors.js';
import { type DebugLog, errorDetails } from '../debugLog.js';

/** Exit codes, as shared/DESIGN.md fixes them. */
export const EXIT = {
  ok: 0,
  findings: 1,
  error: 2,
} as const;

/**
 * Prints one line on stderr saying what went wrong and what to do, keeps
 * the stack for the debug log, and sets exit code 2.
 */
export function failWith(error: unknown, debugLog: DebugLog): void {
  debugLog.write({ event: 'fatal', ...errorDetails(error) });
  const message =
    error instanceof AwsProblem || error instanceof Error
      ? error.message
      : String(error);
  process.stderr.write(`mfa-tui: ${message}\n`);
  process.exitCode = EXIT.error;
}
