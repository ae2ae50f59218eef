import { describe, expect, it } from 'vitest';
import {
  evaluateFindings,
  findingsByUser,
  RULES,
  worstSeverity,
  type RuleId,
} from '../../src/model/findings.js';
import type { Finding, Inventory } from '../../src/model/types.js';
import {
  daysAgo,
  makeAccessKey,
  makeConsoleUser,
  makeInventory,
  makePasswordPolicy,
  makeUser,
  NOW,
} from '../fixtures/inventory.js';

const idsOf = (findings: Finding[]) => findings.map((f) => f.id);

const withUser = (...users: Parameters<typeof makeUser>[0][]) =>
  makeInventory({ users: users.map((u) => makeUser(u)) });

const withPolicy = (policy: Parameters<typeof makePasswordPolicy>[0]) =>
  makeInventory({ account: { passwordPolicy: makePasswordPolicy(policy) } });

interface Case {
  rule: RuleId;
  fires: Inventory;
  /** The closest compliant inventory: the same story, the other way. */
  quiet: Inventory;
  /** What the finding's detail must say. */
  detail: RegExp;
}

// CIS AWS Foundations Benchmark v3.0, section 1 (Identity and Access
// Management), as summarised by the control catalogues of Powerpipe and
// Tenable: 1.4 no root access keys; 1.5 root MFA; 1.6 root hardware MFA;
// 1.8 minimum length 14; 1.9 reuse prevention 24; 1.10 MFA for console
// users; 1.11 no access keys made during initial setup of a console user
// (created at the same time as the user, never used); 1.12 credentials
// unused 45 days or more; 1.13 one active key per user; 1.14 rotate keys
// every 90 days; 1.15 permissions only through groups.
const CASES: Case[] = [
  {
    rule: 'root-access-keys',
    fires: makeInventory({ account: { rootAccessKeysPresent: true } }),
    quiet: makeInventory({ account: { rootAccessKeysPresent: false } }),
    detail: /root user has at least one access key/,
  },
  {
    rule: 'root-without-mfa',
    fires: makeInventory({
      account: { rootMfaEnabled: false, rootHardwareMfa: false },
    }),
    quiet: makeInventory({ account: { rootMfaEnabled: true } }),
    detail: /no MFA device/,
  },
  {
    rule: 'root-without-hardware-mfa',
    fires: makeInventory({ account: { rootHardwareMfa: false } }),
    quiet: makeInventory({ account: { rootHardwareMfa: null } }),
    detail: /virtual MFA device/,
  },
  {
    rule: 'no-password-policy',
    fires: makeInventory({ account: { passwordPolicy: null } }),
    quiet: makeInventory(),
    detail: /AWS defaults apply/,
  },
  {
    rule: 'password-policy-short',
    fires: withPolicy({ minimumPasswordLength: 8 }),
    quiet: withPolicy({ minimumPasswordLength: 14 }),
    detail: /length is 8, below 14/,
  },
  {
    rule: 'password-policy-reuse',
    fires: withPolicy({ passwordReusePrevention: 5 }),
    quiet: withPolicy({ passwordReusePrevention: 24 }),
    detail: /remembers 5 passwords, below 24/,
  },
  {
    rule: 'password-policy-character-class',
    fires: withPolicy({ requireSymbols: false }),
    quiet: withPolicy({ requireSymbols: true }),
    detail: /does not require symbols/,
  },
  {
    rule: 'console-without-mfa',
    fires: makeInventory({ users: [makeConsoleUser({ mfaActive: false })] }),
    quiet: makeInventory({ users: [makeConsoleUser()] }),
    detail: /alice can sign in to the console without MFA/,
  },
  {
    rule: 'key-created-with-user',
    fires: makeInventory({
      users: [
        makeConsoleUser({
          createdAt: daysAgo(10),
          accessKeys: [
            makeAccessKey({
              createdAt: daysAgo(10 - 20 / 86400),
              lastUsedAt: null,
            }),
          ],
        }),
      ],
    }),
    quiet: makeInventory({
      users: [
        makeConsoleUser({
          createdAt: daysAgo(10),
          accessKeys: [makeAccessKey({ createdAt: daysAgo(10 - 20 / 86400) })],
        }),
      ],
    }),
    detail: /AKIAIOSFODNN7EXAMPLE was created with the user/,
  },
  {
    rule: 'password-unused',
    fires: makeInventory({
      users: [makeConsoleUser({ passwordLastUsed: daysAgo(45) })],
    }),
    quiet: makeInventory({
      users: [makeConsoleUser({ passwordLastUsed: daysAgo(44) })],
    }),
    detail: /console password last used 45 days ago/,
  },
  {
    rule: 'access-key-unused',
    fires: withUser({
      accessKeys: [makeAccessKey({ lastUsedAt: daysAgo(60) })],
    }),
    quiet: withUser({
      accessKeys: [
        makeAccessKey({ lastUsedAt: daysAgo(60), status: 'Inactive' }),
      ],
    }),
    detail: /AKIAIOSFODNN7EXAMPLE last used 60 days ago/,
  },
  {
    rule: 'multiple-active-keys',
    fires: withUser({
      accessKeys: [
        makeAccessKey(),
        makeAccessKey({ accessKeyId: 'AKIAI44QH8DHBEXAMPLE' }),
      ],
    }),
    quiet: withUser({
      accessKeys: [
        makeAccessKey(),
        makeAccessKey({
          accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
          status: 'Inactive',
        }),
      ],
    }),
    detail: /2 active access keys: AKIAIOSFODNN7EXAMPLE, AKIAI44QH8DHBEXAMPLE/,
  },
  {
    rule: 'access-key-too-old',
    fires: withUser({
      accessKeys: [makeAccessKey({ createdAt: daysAgo(412) })],
    }),
    quiet: withUser({
      accessKeys: [makeAccessKey({ createdAt: daysAgo(90) })],
    }),
    detail: /AKIAIOSFODNN7EXAMPLE is 412 days old/,
  },
  {
    rule: 'user-direct-policies',
    fires: withUser({ inlinePolicies: ['s3-access'] }),
    quiet: withUser({ groups: ['developers'] }),
    detail: /1 inline policy on the user instead of a group/,
  },
  {
    rule: 'orphaned-virtual-mfa-device',
    fires: makeInventory({
      orphanedVirtualMfaDevices: [
        {
          serialNumber: 'arn:aws:iam::123456789012:mfa/old-phone',
          createdAt: daysAgo(100),
        },
      ],
    }),
    quiet: makeInventory({ orphanedVirtualMfaDevices: [] }),
    detail: /mfa\/old-phone is assigned to no user/,
  },
];

describe('evaluateFindings', () => {
  it('finds nothing in an inventory built from compliant defaults', () => {
    const inventory = makeInventory({
      users: [
        makeConsoleUser(),
        makeUser({ userName: 'ci-bot', accessKeys: [makeAccessKey()] }),
      ],
    });

    expect(evaluateFindings(inventory, NOW)).toEqual([]);
  });

  it('has a case below for every rule in the catalogue', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(
      RULES.map((r) => r.id).sort(),
    );
  });

  describe.each(CASES)('$rule', ({ rule, fires, quiet, detail }) => {
    it('fires on a fixture built for it, with a specific detail', () => {
      const found = evaluateFindings(fires, NOW).filter((f) => f.id === rule);
      const catalogued = RULES.find((r) => r.id === rule)!;

      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        severity: catalogued.severity,
        title: catalogued.title,
        cis: catalogued.cis,
      });
      expect(found[0]?.detail).toMatch(detail);
    });

    it('stays quiet on its opposite', () => {
      expect(idsOf(evaluateFindings(quiet, NOW))).not.toContain(rule);
    });
  });
});

describe('rule details', () => {
  it('reports one access-key-too-old finding per old active key', () => {
    const inventory = withUser({
      accessKeys: [
        makeAccessKey({ createdAt: daysAgo(100) }),
        makeAccessKey({ accessKeyId: null, createdAt: daysAgo(200) }),
      ],
    });

    const details = evaluateFindings(inventory, NOW)
      .filter((f) => f.id === 'access-key-too-old')
      .map((f) => f.detail);

    expect(details).toEqual([
      'AKIAIOSFODNN7EXAMPLE is 100 days old (rotate every 90 days or less)',
      'access key 2 is 200 days old (rotate every 90 days or less)',
    ]);
  });

  it('counts a never-used password from when it was set', () => {
    const recent = makeConsoleUser({
      passwordLastUsed: null,
      passwordLastChanged: daysAgo(3),
    });
    const stale = makeConsoleUser({
      userName: 'bob',
      passwordLastUsed: null,
      passwordLastChanged: daysAgo(50),
    });

    const findings = evaluateFindings(
      makeInventory({ users: [recent, stale] }),
      NOW,
    ).filter((f) => f.id === 'password-unused');

    expect(findings).toEqual([
      expect.objectContaining({
        userName: 'bob',
        detail: 'console password never used in 50 days',
      }),
    ]);
  });

  it('leaves key-created-with-user alone for users without a password', () => {
    const inventory = withUser({
      createdAt: daysAgo(10),
      accessKeys: [makeAccessKey({ createdAt: daysAgo(10), lastUsedAt: null })],
    });

    expect(idsOf(evaluateFindings(inventory, NOW))).not.toContain(
      'key-created-with-user',
    );
  });

  it('flags each missing character class, and only a set policy', () => {
    const weak = withPolicy({ requireNumbers: false, requireSymbols: false });
    const none = makeInventory({ account: { passwordPolicy: null } });

    expect(idsOf(evaluateFindings(weak, NOW))).toEqual([
      'password-policy-character-class',
      'password-policy-character-class',
    ]);
    expect(idsOf(evaluateFindings(none, NOW))).toEqual(['no-password-policy']);
  });

  it('honours overridden thresholds', () => {
    const inventory = withUser({
      accessKeys: [makeAccessKey({ createdAt: daysAgo(40) })],
    });

    expect(idsOf(evaluateFindings(inventory, NOW))).toEqual([]);
    expect(
      idsOf(evaluateFindings(inventory, NOW, { accessKeyMaxAgeDays: 30 })),
    ).toEqual(['access-key-too-old']);
  });

  it('lists the worst findings first', () => {
    const inventory = makeInventory({
      account: { rootAccessKeysPresent: true },
      users: [
        makeUser({ inlinePolicies: ['x'] }),
        makeConsoleUser({ userName: 'bob', mfaActive: false }),
      ],
    });

    const severities = evaluateFindings(inventory, NOW).map((f) => f.severity);

    expect(severities).toEqual(['high', 'high', 'low']);
  });
});

describe('worstSeverity and findingsByUser', () => {
  const inventory = makeInventory({
    account: { passwordPolicy: makePasswordPolicy({ requireSymbols: false }) },
    users: [
      makeUser({ inlinePolicies: ['x'] }),
      makeConsoleUser({ userName: 'bob', mfaActive: false }),
    ],
  });
  const findings = evaluateFindings(inventory, NOW);

  it('tells the worst severity, or null for none', () => {
    expect(worstSeverity(findings)).toBe('high');
    expect(worstSeverity(findings.filter((f) => f.severity === 'low'))).toBe(
      'low',
    );
    expect(worstSeverity([])).toBeNull();
  });

  it('groups by user name, with account-level findings under null', () => {
    const byUser = findingsByUser(findings);

    expect(idsOf(byUser.get('alice') ?? [])).toEqual(['user-direct-policies']);
    expect(idsOf(byUser.get('bob') ?? [])).toEqual(['console-without-mfa']);
    expect(idsOf(byUser.get(null) ?? [])).toEqual([
      'password-policy-character-class',
    ]);
  });
});
