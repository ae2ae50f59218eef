import { describe, expect, it } from 'vitest';
import {
  activateAccessKeyPlan,
  containUserPlan,
  deactivateAccessKeyPlan,
  deactivateMfaDevicePlan,
  deleteAccessKeyPlan,
  deleteOrphanedMfaDevicePlan,
  PlanError,
  removeConsoleAccessPlan,
  removeVirtualMfaDevicePlan,
} from '../../src/model/planBuilders.js';
import { remainingPlan } from '../../src/model/planRetry.js';
import { type Plan, planIsIrreversible } from '../../src/model/plans.js';
import { shortKeyId } from '../../src/model/planSteps.js';
import type { UserRecord } from '../../src/model/types.js';
import {
  ACCOUNT_ID,
  makeAccessKey,
  makeMfaDevice,
  makeUser,
} from '../fixtures/inventory.js';

const ACTIVE_KEY = 'AKIAIOSFODNN7EXAMPLE';
const INACTIVE_KEY = 'AKIAI44QH8DHBEXAMPLE';
const PHONE = `arn:aws:iam::${ACCOUNT_ID}:mfa/alice`;
const TOKEN = 'GAHT12345678';

/** Alice as a live read: two keys, a virtual and a hardware device. */
function liveAlice(overrides: Partial<UserRecord> = {}): UserRecord {
  return makeUser({
    source: 'live',
    passwordEnabled: true,
    accessKeys: [
      makeAccessKey({ accessKeyId: ACTIVE_KEY }),
      makeAccessKey({ accessKeyId: INACTIVE_KEY, status: 'Inactive' }),
    ],
    mfaDevices: [
      makeMfaDevice('alice'),
      makeMfaDevice('alice', { serialNumber: TOKEN, type: 'hardware' }),
    ],
    ...overrides,
  });
}

function calls(plan: Plan) {
  return plan.steps.map((step) => [step.action, step.params]);
}

describe('plan builders', () => {
  it('shortens access key ids to their first and last four characters', () => {
    expect(shortKeyId(ACTIVE_KEY)).toBe('AKIA…MPLE');
  });

  it('deactivates one MFA device: irreversible, sent once', () => {
    const plan = deactivateMfaDevicePlan(liveAlice(), TOKEN);

    expect(calls(plan)).toEqual([
      ['DeactivateMFADevice', { UserName: 'alice', SerialNumber: TOKEN }],
    ]);
    expect(plan.steps[0]).toMatchObject({
      reversible: false,
      idempotent: false,
      description: `deactivate MFA device ${TOKEN} of user alice`,
    });
    expect(planIsIrreversible(plan)).toBe(true);
  });

  it('removes a virtual MFA device: deactivate, then delete', () => {
    const plan = removeVirtualMfaDevicePlan(liveAlice(), PHONE);

    expect(calls(plan)).toEqual([
      ['DeactivateMFADevice', { UserName: 'alice', SerialNumber: PHONE }],
      ['DeleteVirtualMFADevice', { SerialNumber: PHONE }],
    ]);
    expect(plan.steps[1]?.description).toBe('delete virtual MFA device alice');
  });

  it('refuses to delete a hardware device', () => {
    expect(() => removeVirtualMfaDevicePlan(liveAlice(), TOKEN)).toThrow(
      PlanError,
    );
  });

  it('deletes an orphaned virtual MFA device, acting on no user', () => {
    const plan = deleteOrphanedMfaDevicePlan({
      serialNumber: PHONE,
      createdAt: null,
    });

    expect(plan.userName).toBeNull();
    expect(calls(plan)).toEqual([
      ['DeleteVirtualMFADevice', { SerialNumber: PHONE }],
    ]);
  });

  it('deactivates and activates an access key: reversible, idempotent', () => {
    const off = deactivateAccessKeyPlan(liveAlice(), ACTIVE_KEY);
    const on = activateAccessKeyPlan(liveAlice(), INACTIVE_KEY);

    expect(calls(off)).toEqual([
      [
        'UpdateAccessKey',
        { UserName: 'alice', AccessKeyId: ACTIVE_KEY, Status: 'Inactive' },
      ],
    ]);
    expect(off.steps[0]?.description).toBe(
      'deactivate access key AKIA…MPLE of user alice',
    );
    expect(on.steps[0]?.params.Status).toBe('Active');
    expect(planIsIrreversible(off)).toBe(false);
    expect(off.steps[0]?.idempotent).toBe(true);
  });

  it('deletes an access key: irreversible', () => {
    const plan = deleteAccessKeyPlan(liveAlice(), ACTIVE_KEY);

    expect(calls(plan)).toEqual([
      ['DeleteAccessKey', { UserName: 'alice', AccessKeyId: ACTIVE_KEY }],
    ]);
    expect(planIsIrreversible(plan)).toBe(true);
  });

  it('removes console access by deleting the login profile', () => {
    const plan = removeConsoleAccessPlan(liveAlice());

    expect(calls(plan)).toEqual([
      ['DeleteLoginProfile', { UserName: 'alice' }],
    ]);
    expect(() =>
      removeConsoleAccessPlan(liveAlice({ passwordEnabled: false })),
    ).toThrow(PlanError);
  });

  it('contains a user: deny-all policy first, then every door', () => {
    const plan = containUserPlan(liveAlice());

    expect(plan.steps.map((step) => step.action)).toEqual([
      'PutUserPolicy',
      'UpdateAccessKey',
      'DeactivateMFADevice',
      'DeactivateMFADevice',
      'DeleteLoginProfile',
    ]);
    // Only the active key: the inactive one is already shut.
    expect(plan.steps[1]?.params.AccessKeyId).toBe(ACTIVE_KEY);
    expect(plan.steps[0]?.params.PolicyName).toBe('mfa-tui-containment');
    expect(JSON.parse(plan.steps[0]?.params.PolicyDocument ?? '')).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'MfaTuiContainment',
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
        },
      ],
    });
    expect(plan.steps[0]).toMatchObject({ reversible: true, idempotent: true });
    expect(planIsIrreversible(plan)).toBe(true);
  });

  it('contains a user with nothing to shut with the policy alone', () => {
    const plan = containUserPlan(makeUser({ source: 'live' }));

    expect(plan.steps.map((step) => step.action)).toEqual(['PutUserPolicy']);
    expect(planIsIrreversible(plan)).toBe(false);
  });

  it('plans only from live rows, and only for what the user has', () => {
    const reportRow = liveAlice({ source: 'credential-report' });

    expect(() => containUserPlan(reportRow)).toThrow(/credential report/);
    expect(() =>
      deleteAccessKeyPlan(liveAlice(), 'AKIANOSUCHKEY0000000'),
    ).toThrow(/no access key AKIA…0000/);
  });
});

describe('remainingPlan', () => {
  const plan = containUserPlan(liveAlice());

  it('keeps the steps that neither succeeded nor show in the live state', () => {
    // The policy and key step went through; the first device step failed;
    // the rest were never reached.
    const after = liveAlice({
      inlinePolicies: ['mfa-tui-containment'],
      accessKeys: [
        makeAccessKey({ accessKeyId: ACTIVE_KEY, status: 'Inactive' }),
        makeAccessKey({ accessKeyId: INACTIVE_KEY, status: 'Inactive' }),
      ],
    });
    const outcomes = [
      { status: 'done', requestId: null },
      { status: 'done', requestId: null },
      {
        status: 'failed',
        code: 'ServiceFailure',
        message: '',
        requestId: null,
      },
      { status: 'pending' },
      { status: 'pending' },
    ] as const;

    const rest = remainingPlan(plan, outcomes, { user: after });

    expect(calls(rest)).toEqual(calls(plan).slice(2));
    expect(rest.kind).toBe('contain-user');
  });

  it('drops a failed step whose effect the live read shows', () => {
    const after = liveAlice({
      inlinePolicies: ['mfa-tui-containment'],
      accessKeys: [],
      mfaDevices: [],
      passwordEnabled: false,
    });

    const rest = remainingPlan(plan, [], { user: after });

    expect(rest.steps).toEqual([]);
  });

  it('keeps a virtual device delete unless the device list shows it gone', () => {
    const remove = removeVirtualMfaDevicePlan(liveAlice(), PHONE);
    const after = liveAlice({ mfaDevices: [] });

    const unknown = remainingPlan(remove, [], { user: after });
    const listed = remainingPlan(remove, [], {
      user: after,
      virtualMfaSerials: [PHONE],
    });
    const gone = remainingPlan(remove, [], {
      user: after,
      virtualMfaSerials: [],
    });

    expect(unknown.steps.map((s) => s.action)).toEqual([
      'DeleteVirtualMFADevice',
    ]);
    expect(listed.steps).toEqual(unknown.steps);
    expect(gone.steps).toEqual([]);
  });
});
