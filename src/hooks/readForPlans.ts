import type { AwsSession } from '../aws/session.js';
import type { UserRecord } from '../model/types.js';

export interface UsersRead {
  /** The users read, in the order asked. */
  records: UserRecord[];
  /** One sentence per user that could not be read, and is left out. */
  notes: string[];
}

/**
 * Reads each user live before a bulk plan: a plan is built from what AWS
 * says now, never from the list's older row.
 */
export async function readForPlans(
  session: AwsSession,
  userNames: readonly string[],
): Promise<UsersRead> {
  const reads = await Promise.allSettled(
    userNames.map((userName) => session.refreshUser(userName)),
  );

  const records: UserRecord[] = [];
  const notes: string[] = [];
  reads.forEach((read, i) => {
    if (read.status === 'fulfilled') records.push(read.value);
    else {
      const reason = read.reason instanceof Error ? read.reason.message : '';
      notes.push(`${userNames[i]} left out: ${reason}`);
    }
  });
  return { records, notes };
}
