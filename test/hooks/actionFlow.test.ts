import { describe, expect, it } from 'vitest';
import {
  accept,
  confirming,
  confirmationText,
  started,
  withOutcome,
  type Confirmation,
} from '../../src/hooks/actionFlow.js';
import {
  containUserPlan,
  deactivateAccessKeyPlan,
  deleteOrphanedMfaDevicePlan,
} from '../../src/model/planBuilders.js';
import { makeAccessKey, makeConsoleUser } from '../fixtures/inventory.js';

const alice = makeConsoleUser({
  userName: 'alice',
  source: 'live',
  accessKeys: [makeAccessKey({ accessKeyId: 'AKIAALICE00000000001' })],
});
const bob = makeConsoleUser({ userName: 'bob', source: 'live' });
const orphan = deleteOrphanedMfaDevicePlan({
  serialNumber: 'arn:aws:iam::123456789012:mfa/old-phone',
  createdAt: null,
});

function confirmationOf(flow: ReturnType<typeof confirming>): Confirmation {
  if (flow.phase !== 'confirming') throw new Error('not a confirmation');
  return flow.confirm;
}

describe('what a confirmation asks for', () => {
  it('asks nothing typed when every step can be undone', () => {
    const plan = deactivateAccessKeyPlan(alice, 'AKIAALICE00000000001');
    expect(confirmationText([plan])).toBeNull();
  });

  it('asks for the user name, the device name, or the count of users', () => {
    expect(confirmationText([containUserPlan(alice)])).toBe('alice');
    expect(confirmationText([orphan])).toBe('old-phone');
    expect(
      confirmationText([containUserPlan(alice), containUserPlan(bob)]),
    ).toBe('contain 2 users');
  });

  it('runs only once the typed text matches', () => {
    const confirm = confirmationOf(confirming([containUserPlan(alice)], false));

    expect(accept({ ...confirm, typed: 'alic' })).toBeNull();
    expect(accept({ ...confirm, typed: 'alice' })).toBe('run');
  });

  it("asks again, with the field cleared, on the caller's own user", () => {
    const confirm = confirmationOf(confirming([containUserPlan(alice)], true));

    const again = accept({ ...confirm, typed: 'alice' });
    expect(again).toMatchObject({ round: 'again', typed: '' });
    expect(accept({ ...(again as Confirmation), typed: 'alice' })).toBe('run');
  });
});

describe('outcomes as they land', () => {
  it('starts pending and replaces one step at a time', () => {
    const plans = [containUserPlan(alice)];
    const run = withOutcome(started(plans, []), 0, 1, {
      status: 'done',
      requestId: 'r-1',
    });

    expect(run.outcomes[0]?.map((o) => o.status)).toEqual(
      plans[0]!.steps.map((_, i) => (i === 1 ? 'done' : 'pending')),
    );
  });
});
