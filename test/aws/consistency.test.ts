import { describe, expect, it } from 'vitest';
import { settleAfterWrite } from '../../src/aws/consistency.js';
import { deactivateAccessKeyPlan } from '../../src/model/planBuilders.js';
import type { StepOutcome } from '../../src/model/plans.js';
import type { UserRecord } from '../../src/model/types.js';
import { makeAccessKey, makeUser } from '../fixtures/inventory.js';

const KEY_ID = 'AKIAEXAMPLE000000001';
const before = makeUser({
  userName: 'svc-deploy',
  source: 'live',
  accessKeys: [makeAccessKey({ accessKeyId: KEY_ID, status: 'Active' })],
});
const after = makeUser({
  userName: 'svc-deploy',
  source: 'live',
  accessKeys: [makeAccessKey({ accessKeyId: KEY_ID, status: 'Inactive' })],
});
const plan = deactivateAccessKeyPlan(before, KEY_ID);
const done: StepOutcome[] = [{ status: 'done', requestId: 'r-1' }];

/** A read that shows the old state `staleReads` times, then the new. */
function eventuallyConsistent(staleReads: number) {
  let reads = 0;
  const read = async (): Promise<UserRecord> =>
    reads++ < staleReads ? before : after;
  return { read, count: () => reads };
}

describe('settleAfterWrite', () => {
  const noWait = { delaysMs: [1, 1, 1], sleep: async () => {} };

  it('reads again until AWS shows what it answered as done', async () => {
    const iam = eventuallyConsistent(2);
    expect(await settleAfterWrite(plan, done, iam.read, noWait)).toBe(0);
    expect(iam.count()).toBe(3);
  });

  it('gives up after the last wait and says how much is still unseen', async () => {
    const iam = eventuallyConsistent(10);
    expect(await settleAfterWrite(plan, done, iam.read, noWait)).toBe(1);
    expect(iam.count()).toBe(4);
  });

  it('reads nothing when no step was done', async () => {
    const iam = eventuallyConsistent(0);
    const failed: StepOutcome[] = [
      {
        status: 'failed',
        code: 'AccessDenied',
        message: 'no',
        requestId: null,
      },
    ];
    expect(await settleAfterWrite(plan, failed, iam.read, noWait)).toBe(0);
    expect(iam.count()).toBe(0);
  });
});
