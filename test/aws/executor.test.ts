import { readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  activateAccessKeyPlan,
  containUserPlan,
  deactivateAccessKeyPlan,
  deactivateMfaDevicePlan,
  deleteAccessKeyPlan,
  deleteOrphanedMfaDevicePlan,
  removeConsoleAccessPlan,
  removeVirtualMfaDevicePlan,
} from '../../src/model/planBuilders.js';
import { remainingPlan } from '../../src/model/planRetry.js';
import type {
  AuditEntry,
  Plan,
  PlanStep,
  StepOutcome,
} from '../../src/model/plans.js';
import type { UserRecord } from '../../src/model/types.js';
import type { SandboxAccount, SandboxUser } from '../../src/sandbox/state.js';
import { TRANSPORTS } from '../sandbox/harness.js';
import {
  fullyEquippedUser,
  type PlanHarness,
  secretsOf,
  snapshot,
  startPlanHarness,
} from './planHarness.js';

const CONTAINMENT = 'mfa-tui-containment';

interface Case {
  plan: (user: UserRecord, account: SandboxAccount) => Plan;
  /** The sandbox state that proves the plan took effect. */
  after: (user: SandboxUser, account: SandboxAccount, before: Plan) => void;
}

const firstActiveKey = (user: UserRecord) =>
  user.accessKeys.find((key) => key.status === 'Active')?.accessKeyId ?? '';
const firstVirtualSerial = (user: UserRecord) =>
  user.mfaDevices.find((device) => device.type === 'virtual')?.serialNumber ??
  '';
const param = (plan: Plan, name: string) => plan.steps[0]?.params[name] ?? '';

const CASES: Record<string, Case> = {
  'deactivate-mfa-device': {
    plan: (user) => deactivateMfaDevicePlan(user, firstVirtualSerial(user)),
    after: (user, account, plan) => {
      const serial = param(plan, 'SerialNumber');
      expect(user.mfaDevices.map((d) => d.serialNumber)).not.toContain(serial);
      // Deactivated, not deleted: the device is unassigned but still there.
      expect(account.virtualMfaDevices.get(serial)?.userName).toBeUndefined();
      expect(account.virtualMfaDevices.has(serial)).toBe(true);
    },
  },
  'remove-virtual-mfa-device': {
    plan: (user) => removeVirtualMfaDevicePlan(user, firstVirtualSerial(user)),
    after: (user, account, plan) => {
      const serial = param(plan, 'SerialNumber');
      expect(user.mfaDevices.map((d) => d.serialNumber)).not.toContain(serial);
      expect(account.virtualMfaDevices.has(serial)).toBe(false);
    },
  },
  'delete-orphaned-mfa-device': {
    plan: (_, account) => {
      const orphan = [...account.virtualMfaDevices.values()].find(
        (device) => device.userName === undefined,
      );
      return deleteOrphanedMfaDevicePlan({
        serialNumber: orphan?.serialNumber ?? '',
        createdAt: null,
      });
    },
    after: (_, account, plan) => {
      expect(account.virtualMfaDevices.has(param(plan, 'SerialNumber'))).toBe(
        false,
      );
    },
  },
  'deactivate-access-key': {
    plan: (user) => deactivateAccessKeyPlan(user, firstActiveKey(user)),
    after: (user, _, plan) => {
      const id = param(plan, 'AccessKeyId');
      expect(user.accessKeys.find((k) => k.accessKeyId === id)?.status).toBe(
        'Inactive',
      );
    },
  },
  'activate-access-key': {
    plan: (user, account) => {
      // Shut the key behind the row's back, so activating it shows.
      const id = firstActiveKey(user);
      const keys = account.users.get(user.userName.toLowerCase())?.accessKeys;
      const key = keys?.find((k) => k.accessKeyId === id);
      if (key) key.status = 'Inactive';
      return activateAccessKeyPlan(user, id);
    },
    after: (user, _, plan) => {
      const id = param(plan, 'AccessKeyId');
      expect(user.accessKeys.find((k) => k.accessKeyId === id)?.status).toBe(
        'Active',
      );
    },
  },
  'delete-access-key': {
    plan: (user) => deleteAccessKeyPlan(user, firstActiveKey(user)),
    after: (user, _, plan) => {
      const id = param(plan, 'AccessKeyId');
      expect(user.accessKeys.map((k) => k.accessKeyId)).not.toContain(id);
    },
  },
  'remove-console-access': {
    plan: (user) => removeConsoleAccessPlan(user),
    after: (user) => expect(user.loginProfile).toBeUndefined(),
  },
  'contain-user': {
    plan: (user) => containUserPlan(user),
    after: (user) => {
      expect(JSON.parse(user.inlinePolicies.get(CONTAINMENT) ?? '')).toEqual(
        expect.objectContaining({ Version: '2012-10-17' }),
      );
      expect(user.accessKeys.every((k) => k.status === 'Inactive')).toBe(true);
      expect(user.mfaDevices).toEqual([]);
      expect(user.loginProfile).toBeUndefined();
    },
  },
};

/** Every intent is followed by its outcome, for the same call. */
function expectPairs(entries: AuditEntry[], plan: Plan) {
  expect(entries).toHaveLength(plan.steps.length * 2);
  plan.steps.forEach((step, index) => {
    const intent = entries[index * 2];
    const outcome = entries[index * 2 + 1];
    expect(intent).toMatchObject({ phase: 'intent', action: step.action });
    expect(outcome).toMatchObject({
      phase: 'outcome',
      action: step.action,
      target: intent?.target,
      runId: intent?.runId,
      params: step.params,
    });
  });
}

describe.each(TRANSPORTS)('runPlan over %s', (transport) => {
  let h: PlanHarness;
  afterEach(() => h.close());

  async function liveUser(): Promise<{ name: string; user: UserRecord }> {
    const account = h.sandbox.service.account;
    const name = fullyEquippedUser(account).userName;
    return { name, user: await h.session.refreshUser(name) };
  }

  it.each(Object.keys(CASES))(
    '%s: changes AWS as planned and audits every call',
    async (kind) => {
      h = await startPlanHarness(transport);
      const account = h.sandbox.service.account;
      const { name, user } = await liveUser();
      const plan = CASES[kind]?.plan(user, account) as Plan;
      const seen: [number, StepOutcome][] = [];

      const outcomes = await h.session.runPlan(plan, (i, o) =>
        seen.push([i, o]),
      );

      expect(plan.kind).toBe(kind);
      expect(outcomes.map((o) => o.status)).toEqual(
        plan.steps.map(() => 'done'),
      );
      expect(seen.map(([i]) => i)).toEqual(plan.steps.map((_, i) => i));
      CASES[kind]?.after(
        account.users.get(name.toLowerCase()) as SandboxUser,
        account,
        plan,
      );

      const entries = await h.session.readAuditLog();
      expectPairs(entries, plan);
      for (const entry of entries.filter((e) => e.phase === 'outcome')) {
        expect(entry).toMatchObject({
          result: 'ok',
          accountId: account.accountId,
          callerArn: expect.stringMatching(/:user\/sandbox-admin$/),
          requestId: expect.stringMatching(/^[\w-]{8,}$/),
        });
      }
      expect(statSync(h.auditLogPath).mode & 0o777).toBe(0o600);
      const text = readFileSync(h.auditLogPath, 'utf8');
      for (const secret of secretsOf(account)) {
        expect(text).not.toContain(secret);
      }
    },
  );

  it('under dry-run reports every step and leaves AWS and the log untouched', async () => {
    h = await startPlanHarness(transport, { dryRun: true });
    const account = h.sandbox.service.account;
    const { user } = await liveUser();
    const plan = containUserPlan(user);
    const before = snapshot(account);
    h.received.clear();

    const outcomes = await h.session.runPlan(plan, () => {});

    expect(outcomes).toEqual(plan.steps.map(() => ({ status: 'dry-run' })));
    expect(snapshot(account)).toEqual(before);
    expect([...h.received.keys()]).toEqual([]);
    // Decision: the log records calls made; a dry run makes none.
    expect(await h.session.readAuditLog()).toEqual([]);
  });
});

describe.each(TRANSPORTS)(
  'a contain plan that fails half-way, over %s',
  (transport) => {
    let h: PlanHarness;
    afterEach(() => h.close());

    const isDevice = (step: PlanStep) => step.action === 'DeactivateMFADevice';

    it.each([
      ['AccessDenied', { deniedActions: ['DeactivateMFADevice'] }],
      ['ServiceFailure', { failingActions: ['DeactivateMFADevice'] }],
    ])(
      '%s: an honest report, a consistent log, and a retry of what did not happen',
      async (code, faults) => {
        h = await startPlanHarness(transport);
        const account = h.sandbox.service.account;
        const name = fullyEquippedUser(account).userName;
        const plan = containUserPlan(await h.session.refreshUser(name));
        const deviceSteps = plan.steps.filter(isDevice);
        h.sandbox.service.faults.config = faults;
        h.received.clear();

        const outcomes = await h.session.runPlan(plan, () => {});

        // The steps after the failed ones still ran: containment goes on.
        expect(outcomes.map((o) => o.status)).toEqual(
          plan.steps.map((step) => (isDevice(step) ? 'failed' : 'done')),
        );
        const failed = outcomes.find((o) => o.status === 'failed');
        expect(failed).toMatchObject({ code });
        if (code === 'AccessDenied') {
          // IAM's AccessDenied names the caller and the action refused; the
          // explanation adds the target, so the person knows what to ask for.
          expect(failed).toMatchObject({
            message: expect.stringContaining(
              `iam:DeactivateMFADevice on ${name}`,
            ),
          });
        }
        // DeactivateMFADevice is not idempotent: each is sent exactly once,
        // even though the client retries a ServiceFailure elsewhere.
        expect(h.received.get('DeactivateMFADevice')).toBe(deviceSteps.length);

        const entries = await h.session.readAuditLog();
        expectPairs(entries, plan);
        const errors = entries.filter((e) => e.result === 'error');
        expect(errors.map((e) => [e.action, e.errorCode])).toEqual(
          deviceSteps.map(() => ['DeactivateMFADevice', code]),
        );
        expect(errors.every((e) => typeof e.requestId === 'string')).toBe(true);

        h.sandbox.service.faults.config = {};
        const fresh = await h.session.refreshUser(name);
        const rest = remainingPlan(plan, outcomes, { user: fresh });

        expect(rest.steps).toEqual(deviceSteps);
        const again = await h.session.runPlan(rest, () => {});
        expect(again.every((o) => o.status === 'done')).toBe(true);
        expect(account.users.get(name.toLowerCase())?.mfaDevices).toEqual([]);
      },
    );

    it('retries an idempotent step that met a ServiceFailure', async () => {
      h = await startPlanHarness(transport, { maxAttempts: 3 });
      const account = h.sandbox.service.account;
      const name = fullyEquippedUser(account).userName;
      const plan = containUserPlan(await h.session.refreshUser(name));
      const keySteps = plan.steps.filter((s) => s.action === 'UpdateAccessKey');
      h.sandbox.service.faults.config = { failingActions: ['UpdateAccessKey'] };
      h.received.clear();

      const outcomes = await h.session.runPlan(plan, () => {});

      expect(outcomes.filter((o) => o.status === 'failed')).toHaveLength(
        keySteps.length,
      );
      expect(h.received.get('UpdateAccessKey')).toBe(keySteps.length * 3);
    });

    it('makes no write at all when the audit log cannot be written', async () => {
      // /dev/null is no directory, whoever runs the test (root included).
      const auditLogPath = '/dev/null/mfa-tui/audit.jsonl';
      h = await startPlanHarness(transport, { auditLogPath });
      const account = h.sandbox.service.account;
      const name = fullyEquippedUser(account).userName;
      const plan = containUserPlan(await h.session.refreshUser(name));
      const before = snapshot(account);
      h.received.clear();

      const outcomes = await h.session.runPlan(plan, () => {});

      expect(outcomes).toEqual(
        plan.steps.map(() =>
          expect.objectContaining({
            status: 'failed',
            code: 'AuditLogUnwritable',
            message: expect.stringContaining(auditLogPath),
          }),
        ),
      );
      // Only the caller's identity was asked, for the intent it could not
      // record; no IAM call went out and nothing changed.
      expect([...h.received.keys()]).toEqual(['GetCallerIdentity']);
      expect(snapshot(account)).toEqual(before);
    });
  },
);
