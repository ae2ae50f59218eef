import { IAMClient } from '@aws-sdk/client-iam';
import { CALL_LOG_STEP, type CallLog, callLogMiddleware } from './callLog.js';

/**
 * An IAM client like `iam` that makes one attempt per call: for writes
 * that are not safe to send twice. If such a call fails in a way that
 * leaves its outcome unknown (a ServiceFailure, a dropped connection),
 * the SDK must not resend it; a person decides after a fresh read.
 *
 * The SDK takes retry settings per client, not per command, hence a
 * second client. It shares the first one's credentials, region, endpoint
 * and request handler (so it must not be destroyed on its own: that
 * would close the shared handler; destroying `iam` releases both).
 */
export function singleAttemptClient(iam: IAMClient, calls: CallLog): IAMClient {
  const { region, credentials, endpoint, requestHandler } = iam.config;
  const once = new IAMClient({
    region,
    credentials,
    endpoint,
    requestHandler,
    maxAttempts: 1,
  });
  once.middlewareStack.add(callLogMiddleware(calls), CALL_LOG_STEP);
  return once;
}
