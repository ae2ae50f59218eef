import type { AwsSession, ConnectionInfo } from './session.js';

/**
 * An AwsSession whose real implementation is opened on first use: the app
 * draws its first frame while the AWS SDK is still loading, and a failure
 * to connect (no credentials, unknown profile) reaches the person as the
 * app's error message, from the first call that needs AWS.
 */
export function deferredSession(
  connection: ConnectionInfo,
  open: () => Promise<AwsSession>,
): AwsSession {
  let opened: Promise<AwsSession> | undefined;
  const session = () => (opened ??= open());
  // A failed open is tried again by the next call (after a refresh).
  const retryable = () =>
    session().catch((error: unknown) => {
      opened = undefined;
      throw error;
    });

  return {
    connection,
    loadInventory: async (onProgress, signal) =>
      (await retryable()).loadInventory(onProgress, signal),
    refreshUser: async (userName, signal) =>
      (await retryable()).refreshUser(userName, signal),
    loadUserDetail: async (userName, signal) =>
      (await retryable()).loadUserDetail(userName, signal),
    runPlan: async (plan, onStep) => (await retryable()).runPlan(plan, onStep),
    readAuditLog: async () => (await retryable()).readAuditLog(),
  };
}
