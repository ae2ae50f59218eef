import {
  EnableMFADeviceCommand,
  GetAccountAuthorizationDetailsCommand,
  ListUsersCommand,
  type User,
} from '@aws-sdk/client-iam';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/sandbox/index.js';
import type { SandboxAccount } from '../../src/sandbox/state.js';
import { totpCode } from '../../src/sandbox/totp.js';
import {
  manualClock,
  type SandboxHarness,
  startSandbox,
  TRANSPORTS,
} from './harness.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2025-06-01T12:00:00Z');

function seeded(users = 40, seed = 1): SandboxAccount {
  return createSandbox({ users, seed, clock: manualClock(NOW) }).service
    .account;
}

function age(date: Date): number {
  return (NOW.getTime() - date.getTime()) / DAY_MS;
}

async function allUsers(h: SandboxHarness): Promise<User[]> {
  const users: User[] = [];
  let marker: string | undefined;
  do {
    const page = await h.iam.send(
      new ListUsersCommand({ MaxItems: 1000, Marker: marker }),
    );
    users.push(...(page.Users ?? []));
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return users;
}

describe('the seeded team', () => {
  const account = seeded();
  const team = [...account.users.values()].filter(
    (user) => user.userName !== 'sandbox-admin',
  );
  const people = team.filter((user) => user.loginProfile);
  const services = team.filter((user) => !user.loginProfile);

  it('is deterministic from the seed', () => {
    const names = (a: SandboxAccount) =>
      [...a.users.values()].map((u) => [u.userName, u.userId]);
    expect(names(seeded())).toEqual(names(account));
    expect(names(seeded(40, 2))).not.toEqual(names(account));
  });

  it('has console users with and without MFA, of both kinds', () => {
    expect(team).toHaveLength(40);
    expect(people.some((u) => u.mfaDevices.length === 0)).toBe(true);
    expect(people.some((u) => u.mfaDevices.length >= 2)).toBe(true);

    const serials = people.flatMap((u) =>
      u.mfaDevices.map((d) => d.serialNumber),
    );
    expect(serials.some((s) => /^GAHT\d{8}$/.test(s))).toBe(true);
    expect(
      serials.some((s) => s.startsWith('arn:aws:iam::123456789012:mfa/')),
    ).toBe(true);
    expect(people.some((u) => u.passwordLastUsed === undefined)).toBe(true);
    expect(
      people.some((u) => u.passwordLastUsed && age(u.passwordLastUsed) > 90),
    ).toBe(true);
  });

  it('has service users with old, unused and doubled access keys', () => {
    expect(services.length).toBeGreaterThan(2);
    const keys = services.flatMap((u) => u.accessKeys);
    expect(keys.some((k) => age(k.createDate) > 90)).toBe(true);
    expect(keys.some((k) => k.lastUsed === undefined)).toBe(true);
    expect(
      services.some(
        (u) => u.accessKeys.filter((k) => k.status === 'Active').length === 2,
      ),
    ).toBe(true);

    const used = keys.find((k) => k.lastUsed)?.lastUsed;
    expect(used?.serviceName).toMatch(/^[a-z0-9]+$/);
    expect(used?.region).toMatch(/^[a-z]{2}-[a-z]+-\d$/);
    expect(age(used?.date ?? NOW)).toBeGreaterThanOrEqual(0);
  });

  it('has AWS-shaped account state: alias, weak root, no password policy', () => {
    expect(account.aliases).toHaveLength(1);
    expect(account.root.mfaEnabled).toBe(false);
    // The chosen problem: root keeps one active access key.
    expect(account.root.accessKeys).toHaveLength(1);
    expect(account.root.accessKeys[0]?.active).toBe(true);
    expect(account.passwordPolicy).toBeUndefined();

    const orphans = [...account.virtualMfaDevices.values()].filter(
      (d) => d.userName === undefined,
    );
    expect(orphans.length).toBeGreaterThan(0);
  });

  it('tags people with their team and email', () => {
    const tags = new Map(people[0]?.tags.map((t) => [t.key, t.value]));
    expect(tags.get('team')).toBeTruthy();
    expect(tags.get('email')).toBe(`${people[0]?.userName}@example.com`);
  });

  it('has groups with inline and managed policies, and direct attachments', () => {
    const groups = [...account.groups.values()];
    expect(groups.map((g) => g.groupName)).toEqual(
      expect.arrayContaining(['admins', 'developers', 'read-only']),
    );
    expect(groups.some((g) => g.inlinePolicies.size > 0)).toBe(true);
    expect(groups.every((g) => g.attachedPolicies.length > 0)).toBe(true);
    expect(team.some((u) => u.attachedPolicies.length > 0)).toBe(true);
    for (const arn of groups.flatMap((g) => g.attachedPolicies)) {
      expect(account.policies.has(arn)).toBe(true);
    }
  });

  it('builds the largest account IAM allows', () => {
    const big = seeded(5000);
    expect(big.users.size).toBe(5001);
  });
});

describe.each(TRANSPORTS)('the seeded team over %s', (transport) => {
  let h: SandboxHarness;
  afterEach(() => h.close());

  it('is served to the SDK: users, groups and memberships', async () => {
    h = await startSandbox(transport, { users: 40 });
    expect(await allUsers(h)).toHaveLength(41);

    const details = await h.iam.send(
      new GetAccountAuthorizationDetailsCommand({ Filter: ['User', 'Group'] }),
    );
    const admins = details.UserDetailList?.filter((u) =>
      u.GroupList?.includes('admins'),
    );
    expect(admins?.length).toBeGreaterThan(0);
    expect(details.GroupDetailList?.map((g) => g.GroupName)).toContain(
      'developers',
    );
  });

  // Every virtual device has a real seed: enrolling an orphaned one with
  // two consecutive codes works.
  it('has virtual MFA seeds that produce working codes', async () => {
    h = await startSandbox(transport, { users: 5 });
    const account = h.sandbox.service.account;
    const orphan = [...account.virtualMfaDevices.values()].find(
      (d) => d.userName === undefined,
    );
    const now = Date.now();
    await h.iam.send(
      new EnableMFADeviceCommand({
        UserName: 'sandbox-admin',
        SerialNumber: orphan?.serialNumber,
        AuthenticationCode1: totpCode(
          orphan?.base32Seed ?? '',
          new Date(now - 30_000),
        ),
        AuthenticationCode2: totpCode(orphan?.base32Seed ?? '', new Date(now)),
      }),
    );
    expect(
      account.virtualMfaDevices.get(orphan?.serialNumber ?? '')?.userName,
    ).toBe('sandbox-admin');
  });
});
