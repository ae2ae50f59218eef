import type { InitializeMiddleware, MetadataBearer } from '@smithy/types';
import type { DebugLog } from '../debugLog.js';

/** What one AWS call did, as the debug log and the benchmark see it. */
export interface CallRecord {
  action: string;
  durationMs: number;
  outcome: 'ok' | string;
  requestId: string | undefined;
}

/** Counts and records every AWS call a session makes. */
export class CallLog {
  count = 0;

  constructor(private readonly debugLog: DebugLog) {}

  record(call: CallRecord): void {
    this.count++;
    this.debugLog.write({ event: 'aws-call', ...call });
  }
}

/**
 * Records each command once, whatever retries happen below it: the
 * initialize step wraps the whole call, retries included.
 */
export function callLogMiddleware<
  Input extends object,
  Output extends MetadataBearer,
>(log: CallLog): InitializeMiddleware<Input, Output> {
  return (next, context) => async (args) => {
    const started = performance.now();
    const action = (context.commandName ?? 'Unknown').replace(/Command$/, '');
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const result = await next(args);
      log.record({
        action,
        durationMs: elapsed(),
        outcome: 'ok',
        requestId: result.output.$metadata.requestId,
      });
      return result;
    } catch (error) {
      // Code: AWS's own error code, where the SDK keeps it.
      const failure = error as Error &
        Partial<MetadataBearer> & { Code?: string };
      log.record({
        action,
        durationMs: elapsed(),
        outcome: failure.Code ?? failure.name,
        requestId: failure.$metadata?.requestId,
      });
      throw error;
    }
  };
}

export const CALL_LOG_STEP = {
  step: 'initialize',
  name: 'mfaTuiCallLog',
} as const;
