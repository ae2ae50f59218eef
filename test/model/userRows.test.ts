import { describe, expect, it } from 'vitest';
import { filterRows, NO_FILTER } from '../../src/model/filter.js';
import type { Finding } from '../../src/model/types.js';
import { sortRows } from '../../src/model/sort.js';
import { buildUserRows } from '../../src/model/userRows.js';
import {
  daysAgo,
  makeAccessKey,
  makeConsoleUser,
  makeInventory,
  makeMfaDevice,
  makeUser,
  NOW,
} from '../fixtures/inventory.js';

function finding(userName: string, overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'console-without-mfa',
    severity: 'high',
    title: 'Console user without MFA',
    cis: '1.10',
    userName,
    detail: `${userName} can sign in without MFA`,
    ...overrides,
  };
}

const inventory = makeInventory({
  users: [
    makeConsoleUser({ userName: 'alice', groups: ['admins', 'ops'] }),
    makeConsoleUser({ userName: 'bob', mfaDevices: [], mfaActive: false }),
    makeUser({
      userName: 'carol',
      accessKeys: [
        makeAccessKey({ createdAt: daysAgo(300), lastUsedAt: daysAgo(46) }),
        makeAccessKey({ createdAt: daysAgo(20), lastUsedAt: null }),
        makeAccessKey({
          status: 'Inactive',
          createdAt: daysAgo(900),
          lastUsedAt: daysAgo(800),
        }),
      ],
    }),
    makeUser({
      userName: 'dave',
      mfaDevices: [
        makeMfaDevice('dave'),
        makeMfaDevice('dave', { type: 'hardware', serialNumber: 'GAHT1' }),
      ],
    }),
    // MFA active in the credential report, no device seen: hardware/FIDO.
    makeConsoleUser({ userName: 'erin', mfaDevices: [], mfaActive: true }),
  ],
});
const findings = [
  finding('bob'),
  finding('carol', { id: 'access-key-unused', severity: 'medium' }),
  finding('carol', { id: 'access-key-old', severity: 'low' }),
  finding(null as unknown as string, { id: 'root-no-hardware-mfa' }),
];
const rows = buildUserRows(inventory, findings, NOW);
const names = (list: { userName: string }[]) => list.map((r) => r.userName);

describe('user rows', () => {
  it('derives MFA, access keys and findings per user', () => {
    const [alice, bob, carol, dave, erin] = rows;

    expect(alice).toMatchObject({ mfa: 'virtual', mfaCount: 1, findings: [] });
    expect(bob).toMatchObject({ mfa: 'none', worstSeverity: 'high' });
    expect(dave).toMatchObject({ mfa: 'several', mfaCount: 2 });
    expect(erin).toMatchObject({ mfa: 'unknown' });
    // Inactive keys count for nothing; never-used keys age from creation.
    expect(carol).toMatchObject({
      activeKeyCount: 2,
      oldestActiveKeyDays: 300,
      stalestActiveKeyDays: 46,
      worstSeverity: 'medium',
    });
    expect(carol?.keyLastUsed).toEqual(daysAgo(46));
    expect(carol?.findings.map((f) => f.id)).toEqual([
      'access-key-unused',
      'access-key-old',
    ]);
  });
});

describe('sorting', () => {
  it('sorts by any column, either way, ties by name', () => {
    expect(names(sortRows(rows, { column: 'user', order: 'desc' }))).toEqual([
      'erin',
      'dave',
      'carol',
      'bob',
      'alice',
    ]);
    expect(names(sortRows(rows, { column: 'mfa', order: 'asc' }))).toEqual([
      'bob',
      'carol',
      'erin',
      'alice',
      'dave',
    ]);
    expect(
      names(sortRows(rows, { column: 'findings', order: 'desc' })).slice(0, 2),
    ).toEqual(['bob', 'carol']);
    expect(names(sortRows(rows, { column: 'keys', order: 'desc' }))[0]).toBe(
      'carol',
    );
    expect(names(sortRows(rows, { column: 'groups', order: 'desc' }))[0]).toBe(
      'alice',
    );
  });
});

describe('filtering', () => {
  it('matches name, group or finding id, case-insensitively', () => {
    const by = (text: string) => names(filterRows(rows, { text, quick: [] }));

    expect(by('AL')).toEqual(['alice']);
    expect(by('ops')).toEqual(['alice']);
    expect(by('access-key-unused')).toEqual(['carol']);
    expect(names(filterRows(rows, NO_FILTER))).toHaveLength(5);
  });

  it('has quick filters that combine with each other and the text', () => {
    const quick = (...q: ('noMfa' | 'staleKeys' | 'anyFinding')[]) =>
      names(filterRows(rows, { text: '', quick: q }));

    expect(quick('noMfa')).toEqual(['bob']);
    // 46 days unused is stale (CIS 1.12: 45 days or more).
    expect(quick('staleKeys')).toEqual(['carol']);
    expect(quick('anyFinding')).toEqual(['bob', 'carol']);
    expect(quick('anyFinding', 'staleKeys')).toEqual(['carol']);
    expect(
      names(filterRows(rows, { text: 'b', quick: ['anyFinding'] })),
    ).toEqual(['bob']);
  });
});
