import { describe, expect, it } from 'vitest';
import type { SandboxAccount, SandboxUser } from '../../src/sandbox/state.js';
import { KEYS, press } from '../fakes/terminal.js';
import {
  auditEntries,
  openUser,
  realApps,
  seededUser,
  type,
} from './realApp.js';

const start = realApps();

interface Case {
  key: string;
  /** A seeded user the action applies to, with one target. */
  user: (u: SandboxUser, account: SandboxAccount) => boolean;
  calls: string[];
  /** True when the user name must be typed. */
  typed: boolean;
  after: (user: SandboxUser, account: SandboxAccount, serial: string) => void;
}

const oneVirtualDevice = (u: SandboxUser, account: SandboxAccount) =>
  u.mfaDevices.length === 1 &&
  account.virtualMfaDevices.has(u.mfaDevices[0]?.serialNumber ?? '');

const CASES: Record<string, Case> = {
  'removes a virtual MFA device: deactivate, then delete': {
    key: 'V',
    user: oneVirtualDevice,
    calls: ['DeactivateMFADevice', 'DeleteVirtualMFADevice'],
    typed: true,
    after: (user, account, serial) => {
      expect(user.mfaDevices).toEqual([]);
      expect(account.virtualMfaDevices.has(serial)).toBe(false);
    },
  },
  'reactivates an inactive access key': {
    key: 'A',
    user: (u) =>
      u.accessKeys.length === 1 && u.accessKeys[0]?.status === 'Inactive',
    calls: ['UpdateAccessKey'],
    typed: false,
    after: (user) => expect(user.accessKeys[0]?.status).toBe('Active'),
  },
  'deletes an access key': {
    key: 'D',
    user: (u) => u.accessKeys.length === 1,
    calls: ['DeleteAccessKey'],
    typed: true,
    after: (user) => expect(user.accessKeys).toEqual([]),
  },
  'removes console access': {
    key: 'L',
    user: (u) => u.loginProfile !== undefined,
    calls: ['DeleteLoginProfile'],
    typed: true,
    after: (user) => expect(user.loginProfile).toBeUndefined(),
  },
};

describe('each action on the user screen, through the real session', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const real = await start();
      const user = seededUser(real.account, (u) => c.user(u, real.account));
      const serial = user.mfaDevices[0]?.serialNumber ?? '';
      await openUser(real, user.userName);

      await press(real.app, c.key);
      const frame = await real.see('Esc cancels');
      for (const call of c.calls) expect(frame).toContain(`iam:${call}`);
      if (c.typed) await type(real.app, user.userName);
      await press(real.app, KEYS.enter);

      const n = c.calls.length;
      await real.see(`${n} of ${n} steps done`);
      c.after(user, real.account, serial);
      const outcomes = auditEntries(real).filter((e) => e.phase === 'outcome');
      expect(outcomes.map((e) => [e.action, e.result])).toEqual(
        c.calls.map((call) => [call, 'ok']),
      );
    });
  }

  it('reports a ServiceFailure mid-contain, with every intent answered in the audit log', async () => {
    const real = await start();
    const user = seededUser(
      real.account,
      (u) =>
        u.loginProfile !== undefined &&
        u.accessKeys.some((k) => k.status === 'Active'),
    );
    real.harness.sandbox.service.faults.config = {
      failingActions: ['UpdateAccessKey'],
    };
    await openUser(real, user.userName);

    await press(real.app, 'C');
    await real.see('to confirm');
    await type(real.app, user.userName);
    await press(real.app, KEYS.enter);

    const frame = await real.see('press R to retry');
    expect(frame).toMatch(/FAILED\s+iam:UpdateAccessKey/);
    expect(frame).toContain('ServiceFailure');
    // The steps after the failure still ran: containment shuts every door.
    expect(user.loginProfile).toBeUndefined();
    expect(user.inlinePolicies.has('mfa-tui-containment')).toBe(true);

    const entries = auditEntries(real);
    const intents = entries.filter((e) => e.phase === 'intent');
    const outcomes = entries.filter((e) => e.phase === 'outcome');
    expect(outcomes.map((e) => e.action)).toEqual(intents.map((e) => e.action));
    expect(
      outcomes.filter((e) => e.result === 'error').map((e) => e.errorCode),
    ).toEqual(['ServiceFailure']);
  });
});
