import type { Connection } from './connect.js';
import { explainAwsError } from './errors.js';
import { type LoaderOptions, loadInventory } from './inventory.js';
import { readUserLive } from './liveUser.js';
import type { AwsSession } from './session.js';

async function explained<T>(doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainAwsError(error, doing);
  }
}

/** The AwsSession the app uses: every failure comes back as a sentence. */
export function sdkSession(
  connection: Connection,
  options: LoaderOptions = {},
): AwsSession {
  const { iam } = connection.clients;
  return {
    connection: connection.info,
    loadInventory: (onProgress) =>
      explained('loading the IAM inventory', () =>
        loadInventory(connection.clients, onProgress, options),
      ),
    refreshUser: (userName, signal) =>
      explained(`re-reading user ${userName}`, async () => {
        return (await readUserLive(iam, userName, signal)).record;
      }),
    loadUserDetail: (userName, signal) =>
      explained(`reading user ${userName}`, () =>
        readUserLive(iam, userName, signal),
      ),
    // The executor and the audit log land in the next commits; until
    // then a write fails loudly instead of pretending to run.
    runPlan: () => Promise.reject(new Error('runPlan is not built yet.')),
    readAuditLog: () => Promise.resolve([]),
  };
}
