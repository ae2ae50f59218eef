import { describe, expect, it } from 'vitest';
import { cursorUser } from '../fakes/renderApp.js';
import { KEYS, press, resize } from '../fakes/terminal.js';
import { snapshot } from '../aws/planHarness.js';
import {
  auditEntries,
  fromPalette,
  openUser,
  realApps,
  seededUser,
  type,
} from './realApp.js';

const DEACTIVATE_MFA = 'M';
const DEACTIVATE_KEY = 'K';
const CONTAIN = 'C';
const RETRY = 'R';
const HELP = '?';

const start = realApps();

const isVirtual = (serial: string) => serial.startsWith('arn:');

describe('incident actions, through the real session on a sandbox', () => {
  it('deactivates a virtual MFA device only once its user name is typed', async () => {
    const real = await start();
    const user = seededUser(
      real.account,
      (u) =>
        u.mfaDevices.length === 1 && isVirtual(u.mfaDevices[0]!.serialNumber),
    );
    const serial = user.mfaDevices[0]!.serialNumber;
    await openUser(real, user.userName);

    await press(real.app, DEACTIVATE_MFA);
    let frame = await real.see('to confirm');
    expect(frame).toContain(
      `Deactivate MFA device ${user.userName} of ${user.userName}?`,
    );
    expect(frame).toContain('iam:DeactivateMFADevice');
    expect(frame).toContain('(NOT reversible)');

    // Enter does nothing until the name matches.
    await type(real.app, user.userName.slice(0, 3));
    await press(real.app, KEYS.enter);
    frame = await real.see(`to confirm: ${user.userName.slice(0, 3)}█`);
    expect(frame).toContain('Enter works once the text matches');
    expect(user.mfaDevices).toHaveLength(1);

    await type(real.app, user.userName.slice(3));
    await press(real.app, KEYS.enter);
    frame = await real.see('1 of 1 steps done');
    expect(frame).toMatch(
      /done\s+iam:DeactivateMFADevice.*\n\s+request id [\w-]{8,}/,
    );
    expect(frame).toContain(
      `Deactivated MFA device ${user.userName} of ${user.userName}`,
    );

    // AWS's state: unassigned, not deleted.
    expect(user.mfaDevices).toHaveLength(0);
    expect(
      real.account.virtualMfaDevices.get(serial)?.userName,
    ).toBeUndefined();
    const entries = auditEntries(real);
    expect(entries.map((e) => [e.phase, e.action, e.target, e.result])).toEqual(
      [
        ['intent', 'DeactivateMFADevice', user.userName, undefined],
        ['outcome', 'DeactivateMFADevice', user.userName, 'ok'],
      ],
    );

    // The screen re-renders from the live re-read.
    await press(real.app, KEYS.escape);
    frame = await real.see(
      (f) => f.includes('MFA devices') && !f.includes('Outcome'),
    );
    expect(frame).not.toContain(serial);
  });

  it('picks one of several keys; a reversible plan needs Enter only', async () => {
    const real = await start();
    const user = seededUser(
      real.account,
      (u) => u.accessKeys.filter((k) => k.status === 'Active').length > 1,
    );
    const [first, second] = user.accessKeys;
    await openUser(real, user.userName);

    await press(real.app, DEACTIVATE_KEY);
    await real.see('Pick the active access key to deactivate');
    await press(real.app, KEYS.down, KEYS.enter);
    const frame = await real.see('Enter runs the plan');
    expect(frame).toContain('(reversible)');
    expect(frame).not.toContain('to confirm');

    await press(real.app, KEYS.enter);
    await real.see('1 of 1 steps done');
    expect(second?.status).toBe('Inactive');
    expect(first?.status).toBe('Active');
  });

  it('contains a user, reports a denied step honestly, and retries what is left', async () => {
    const real = await start();
    const user = seededUser(
      real.account,
      (u) =>
        u.loginProfile !== undefined &&
        u.accessKeys.length > 0 &&
        u.mfaDevices.length > 0,
    );
    const faults = real.harness.sandbox.service.faults;
    faults.config = { deniedActions: ['DeleteLoginProfile'] };
    await openUser(real, user.userName);

    await press(real.app, CONTAIN);
    let frame = await real.see('to confirm');
    expect(frame).toContain(`Contain user ${user.userName}?`);
    expect(frame).toContain('iam:PutUserPolicy');
    await type(real.app, user.userName);
    await press(real.app, KEYS.enter);

    frame = await real.see('press R to retry what is left');
    expect(frame).toMatch(/FAILED\s+iam:DeleteLoginProfile/);
    expect(frame).toContain(
      'AccessDenied while calling iam:DeleteLoginProfile',
    );
    expect(frame).toMatch(/1 of \d+ steps failed/);
    expect(user.inlinePolicies.has('mfa-tui-containment')).toBe(true);
    expect(user.loginProfile).toBeDefined();
    const failed = auditEntries(real).filter((e) => e.result === 'error');
    expect(failed.map((e) => [e.action, e.errorCode])).toEqual([
      ['DeleteLoginProfile', 'AccessDenied'],
    ]);

    faults.config = {};
    await press(real.app, RETRY);
    frame = await real.see('It makes 1 AWS call');
    expect(frame).toContain('iam:DeleteLoginProfile');
    expect(frame).not.toContain('iam:PutUserPolicy');
    await type(real.app, user.userName);
    await press(real.app, KEYS.enter);
    await real.see('1 of 1 steps done');
    expect(user.loginProfile).toBeUndefined();
    expect(user.accessKeys.every((k) => k.status === 'Inactive')).toBe(true);
    expect(user.mfaDevices).toHaveLength(0);
  });

  it('warns before acting on the caller itself, and asks again', async () => {
    const real = await start();
    const before = snapshot(real.account);
    await openUser(real, 'sandbox-admin');

    await press(real.app, DEACTIVATE_KEY);
    let frame = await real.see('WARNING');
    expect(frame).toContain('may lock you out of AWS');
    await press(real.app, KEYS.enter);
    frame = await real.see('Asking again');
    expect(frame).toContain('YOUR OWN user');

    await press(real.app, KEYS.escape);
    await real.see((f) => !f.includes('Asking again'));
    expect(snapshot(real.account)).toEqual(before);
    expect(auditEntries(real)).toEqual([]);
  });

  it('under --dry-run shows the calls and makes none', async () => {
    const real = await start({ dryRun: true });
    const user = seededUser(real.account, (u) => u.loginProfile !== undefined);
    const before = snapshot(real.account);
    await openUser(real, user.userName);

    await press(real.app, CONTAIN);
    const frame = await real.see('to confirm');
    expect(frame).toContain('DRY RUN: the calls are shown, none is made');
    expect(frame).toContain('It would make');
    await type(real.app, user.userName);
    await press(real.app, KEYS.enter);

    const outcome = await real.see('none made');
    expect(outcome).toMatch(/dry run\s+iam:PutUserPolicy/);
    expect(outcome).not.toContain('request id');
    expect(snapshot(real.account)).toEqual(before);
    expect(auditEntries(real)).toEqual([]);
  });

  it('under --read-only has no action keys, and says why', async () => {
    const real = await start({ readOnly: true });
    const user = seededUser(real.account, (u) => u.loginProfile !== undefined);
    const before = snapshot(real.account);
    await openUser(real, user.userName);

    let frame = await real.see('read-only: actions are hidden');
    await press(real.app, CONTAIN, DEACTIVATE_MFA, DEACTIVATE_KEY);
    await press(real.app, HELP);
    frame = await real.see('Help:');
    expect(frame).toContain('read-only: actions are hidden');
    expect(frame).not.toContain('contain');
    expect(snapshot(real.account)).toEqual(before);
  });

  it('contains the users selected with space, each from a live read', async () => {
    const real = await start();
    const names = ['emma.wagner', 'julia.wagner'];
    await press(real.app, '/');
    await type(real.app, 'wagner');
    await press(real.app, KEYS.enter);
    await real.see((f) => cursorUser(f) === names[0]);
    await press(real.app, KEYS.space, 'j', KEYS.space);
    await press(real.app, CONTAIN);
    let frame = await real.see('to confirm');
    expect(frame).toContain(`Contain 2 users: ${names.join(', ')}?`);
    expect(frame).toContain(`Contain user ${names[1]}`);
    await type(real.app, 'contain 2 users');
    await press(real.app, KEYS.enter);

    frame = await real.see('Contained 2 users');
    expect(frame).toMatch(/Contained 2 users: (\d+) of \1 steps done/);
    for (const name of names) {
      const user = real.account.users.get(name);
      expect(user?.inlinePolicies.has('mfa-tui-containment')).toBe(true);
      expect(user?.loginProfile).toBeUndefined();
      expect(user?.mfaDevices).toEqual([]);
    }
  });

  it('scrolls a bulk plan taller than the terminal before confirming', async () => {
    const real = await start();
    resize(real.app, 80, 20);
    await press(real.app, '/');
    await type(real.app, 'wagner');
    await press(real.app, KEYS.enter);
    await real.see((f) => cursorUser(f) === 'emma.wagner');
    await press(real.app, KEYS.space, 'j', KEYS.space, CONTAIN);
    const scrollable = /lines 1-\d+ of \d+, ↑↓ scroll/;
    let frame = await real.see((f) => scrollable.test(f));
    expect(frame).not.toContain('Contain user julia.wagner');

    await press(real.app, KEYS.pageDown);
    frame = await real.see('Contain user julia.wagner');
    // Arrows scroll; they type nothing into the confirmation field.
    expect(frame).toContain('to confirm: █');
  });

  it('deletes an orphaned virtual MFA device, then shows it in :audit', async () => {
    const real = await start();
    const orphan = [...real.account.virtualMfaDevices.values()].find(
      (d) => d.userName === undefined,
    )!;
    const name = orphan.serialNumber.split('/').pop()!;

    await fromPalette(real, { screen: 'users', readOnly: false }, 'orphans');
    await real.see('Orphaned MFA devices');
    await press(real.app, 'D');
    await real.see(`Type ${name} to confirm`);
    await type(real.app, name);
    await press(real.app, KEYS.enter);
    await real.see('1 of 1 steps done');
    expect(real.account.virtualMfaDevices.has(orphan.serialNumber)).toBe(false);

    await press(real.app, KEYS.escape);
    await fromPalette(real, { screen: 'orphans', readOnly: false }, 'audit');
    const frame = await real.see(
      (f) => f.includes('Audit log') && f.includes('intent'),
    );
    const lines = frame.split('\n');
    const outcome = lines.findIndex((l) => / ok {2}request id/.test(l));
    const intent = lines.findIndex((l) => l.includes('intent'));
    expect(frame).toContain('DeleteVirtualMFADevice');
    // Newest first: the outcome above its intent.
    expect(outcome).toBeGreaterThan(-1);
    expect(outcome).toBeLessThan(intent);
  });
});
