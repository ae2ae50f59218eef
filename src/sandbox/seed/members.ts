import type { SandboxAccount } from '../state.js';
import type { ConsoleSpec, KeySpec } from './credentials.js';
import type { TeamGroups } from './groups.js';

export type Mfa = 'none' | 'virtual' | 'hardware' | 'both';

/** What one seeded team member has; built into state by `addMember`. */
export interface Member {
  /** People sign in to the console; service users only have keys. */
  console?: ConsoleSpec;
  mfa: Mfa;
  keys: KeySpec[];
  groups: (keyof TeamGroups)[];
  /** Policies attached to the user itself rather than via a group. */
  direct?: boolean;
}

/**
 * The first members are fixed, so that even a small team shows every
 * problem the app looks for; the rest are drawn at random.
 */
export const ROSTER: readonly Member[] = [
  // Several devices: a phone and a hardware token.
  {
    console: { lastUsedDays: 1 },
    mfa: 'both',
    keys: [{ ageDays: 60, lastUsedDays: 0 }],
    groups: ['admins'],
  },
  // Console without MFA, and an access key well past 90 days.
  {
    console: { lastUsedDays: 3 },
    mfa: 'none',
    keys: [{ ageDays: 240, lastUsedDays: 2 }],
    groups: ['developers'],
  },
  // A service user with two active keys: a rotation never finished.
  {
    mfa: 'none',
    keys: [
      { ageDays: 400, lastUsedDays: 1 },
      { ageDays: 30, lastUsedDays: 0 },
    ],
    groups: ['ciServices'],
  },
  // A service user whose old key was never used.
  { mfa: 'none', keys: [{ ageDays: 500 }], groups: ['ciServices'] },
  // Policies attached directly, not through a group.
  {
    console: { lastUsedDays: 8 },
    mfa: 'virtual',
    keys: [],
    groups: ['readOnly'],
    direct: true,
  },
  {
    console: { lastUsedDays: 0 },
    mfa: 'hardware',
    keys: [],
    groups: ['admins'],
  },
  // A new hire who has never signed in.
  {
    console: { passwordResetRequired: true },
    mfa: 'none',
    keys: [],
    groups: ['developers'],
  },
  // Stale: no sign-in for 200 days, and a deactivated key kept around.
  {
    console: { lastUsedDays: 200 },
    mfa: 'virtual',
    keys: [{ ageDays: 700, lastUsedDays: 300, status: 'Inactive' }],
    groups: ['developers'],
  },
  {
    mfa: 'none',
    keys: [{ ageDays: 40, lastUsedDays: 0 }],
    groups: ['ciServices'],
  },
  // An administrator without MFA.
  {
    console: { lastUsedDays: 5 },
    mfa: 'none',
    keys: [],
    groups: ['admins', 'billing'],
  },
];

function randomServiceKeys(account: SandboxAccount): KeySpec[] {
  const { random } = account;
  const roll = random.next();
  if (roll < 0.5)
    return [{ ageDays: random.int(5, 80), lastUsedDays: random.int(0, 3) }];
  if (roll < 0.7)
    return [{ ageDays: random.int(120, 900), lastUsedDays: random.int(0, 20) }];
  if (roll < 0.85) return [{ ageDays: random.int(30, 600) }];
  return [
    { ageDays: random.int(200, 800), lastUsedDays: random.int(0, 5) },
    { ageDays: random.int(1, 60), lastUsedDays: random.int(0, 2) },
  ];
}

export function randomPerson(account: SandboxAccount): Member {
  const { random } = account;
  const mfaRoll = random.next();
  const mfa: Mfa =
    mfaRoll < 0.6
      ? 'virtual'
      : mfaRoll < 0.85
        ? 'none'
        : mfaRoll < 0.95
          ? 'hardware'
          : 'both';
  const signInRoll = random.next();
  const lastUsedDays =
    signInRoll < 0.8
      ? random.int(0, 30)
      : signInRoll < 0.9
        ? random.int(91, 400)
        : undefined;
  const groupRoll = random.next();
  const group: keyof TeamGroups =
    groupRoll < 0.65
      ? 'developers'
      : groupRoll < 0.87
        ? 'readOnly'
        : groupRoll < 0.95
          ? 'billing'
          : 'admins';
  const keys: KeySpec[] = random.chance(0.35)
    ? [
        {
          ageDays: random.int(1, 600),
          lastUsedDays: random.chance(0.8) ? random.int(0, 60) : undefined,
        },
      ]
    : [];
  return { console: { lastUsedDays }, mfa, keys, groups: [group] };
}

/** A service user: no console password, keys in one of several states. */
export function randomServiceUser(account: SandboxAccount): Member {
  return {
    mfa: 'none',
    keys: randomServiceKeys(account),
    groups: ['ciServices'],
  };
}
