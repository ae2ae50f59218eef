import { findingsByUser, worstSeverity } from './findings.js';
import { daysBetween } from './time.js';
import type {
  Finding,
  Inventory,
  MfaDeviceType,
  Severity,
  UserRecord,
} from './types.js';

/** Severities from worst to least bad. */
export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];

/** What the MFA column says: the device kind, or several of them. */
export type MfaSummary = 'none' | MfaDeviceType | 'several';

/** One row of the users table: a user and what the table derives from it. */
export interface UserRow {
  userName: string;
  record: UserRecord;
  /** This user's findings, worst first. */
  findings: Finding[];
  worstSeverity: Severity | null;
  mfa: MfaSummary;
  mfaCount: number;
  activeKeyCount: number;
  /** Age in whole days of the oldest active access key. */
  oldestActiveKeyDays: number | null;
  /** The most recent use of any access key. */
  keyLastUsed: Date | null;
  /**
   * Days since the least recently used active access key was used (since
   * it was created, when never used): how stale the stalest key is.
   */
  stalestActiveKeyDays: number | null;
}

function summarizeMfa(record: UserRecord): MfaSummary {
  const [first, second] = record.mfaDevices;

  if (first === undefined) return record.mfaActive ? 'unknown' : 'none';
  return second === undefined ? first.type : 'several';
}

function maxOrNull(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.max(...known);
}

function latest(dates: (Date | null)[]): Date | null {
  const known = dates.filter((date): date is Date => date !== null);
  return known.length === 0
    ? null
    : new Date(Math.max(...known.map((date) => date.getTime())));
}

/** Derives one row from a user record and that user's findings. */
export function buildUserRow(
  record: UserRecord,
  findings: Finding[],
  now: Date,
): UserRow {
  const active = record.accessKeys.filter((key) => key.status === 'Active');
  const ranked = [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );

  return {
    userName: record.userName,
    record,
    findings: ranked,
    worstSeverity: worstSeverity(ranked),
    mfa: summarizeMfa(record),
    mfaCount: record.mfaDevices.length,
    activeKeyCount: active.length,
    oldestActiveKeyDays: maxOrNull(
      active.map((key) => daysBetween(key.createdAt, now)),
    ),
    keyLastUsed: latest(record.accessKeys.map((key) => key.lastUsedAt)),
    stalestActiveKeyDays: maxOrNull(
      active.map((key) => daysBetween(key.lastUsedAt ?? key.createdAt, now)),
    ),
  };
}

/** One row per user, in the inventory's order. */
export function buildUserRows(
  inventory: Inventory,
  findings: readonly Finding[],
  now: Date,
): UserRow[] {
  const byUser = findingsByUser(findings);
  return inventory.users.map((record) =>
    buildUserRow(record, byUser.get(record.userName) ?? [], now),
  );
}
