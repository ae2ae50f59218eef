import { describe, expect, it } from 'vitest';
import { readAfterWrite } from '../../src/aws/consistency.js';
import { deactivateAccessKeyPlan } from '../../src/model/planBuilders.js';
import type { StepOutcome } from '../../src/model/plans.js';
import type { UserDetail, UserRecord } from '../../src/model/types.js';
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

const detailOf = (record: UserRecord): UserDetail => ({
  record,
  tags: [],
  loginProfile: null,
});

/** A read that shows the old state `staleReads` times, then the new. */
function eventuallyConsistent(staleReads: number) {
  let reads = 0;
  const read = async (): Promise<UserDetail> =>
    detailOf(reads++ < staleReads ? before : after);
  return { read, count: () => reads };
}

describe('readAfterWrite', () => {
  const noWait = { delaysMs: [1, 1, 1], sleep: async () => {} };

  it('reads again until AWS shows what it answered as done', async () => {
    const iam = eventuallyConsistent(2);
    const settled = await readAfterWrite(plan, done, iam.read, noWait);
    expect(settled.unseen).toBe(0);
    expect(settled.detail.record.accessKeys[0]?.status).toBe('Inactive');
    expect(iam.count()).toBe(3);
  });

  it('gives up after the last wait and says how much is still unseen', async () => {
    const iam = eventuallyConsistent(10);
    const settled = await readAfterWrite(plan, done, iam.read, noWait);
    expect(settled.unseen).toBe(1);
    expect(settled.detail.record.accessKeys[0]?.status).toBe('Active');
    expect(iam.count()).toBe(4);
  });

  it('reads once when no step was done', async () => {
    const iam = eventuallyConsistent(0);
    const failed: StepOutcome[] = [
      {
        status: 'failed',
        code: 'AccessDenied',
        message: 'no',
        requestId: null,
      },
    ];
    const settled = await readAfterWrite(plan, failed, iam.read, noWait);
    expect(settled.unseen).toBe(0);
    expect(iam.count()).toBe(1);
  });
});
