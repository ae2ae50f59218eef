import {
  findingsByUser,
  severityRank,
  worstSeverity,
} from '../model/findings.js';
import { accessKeyLabel } from '../model/rules/accessKeys.js';
import { formatDay } from '../model/time.js';
import type {
  Finding,
  Inventory,
  MfaDevice,
  Severity,
  UserRecord,
} from '../model/types.js';
import { reportFreshness } from '../model/freshness.js';

/** What every report format derives from a user: one place, one answer. */
export interface ReportUserRow {
  user: UserRecord;
  /** This user's findings, worst first. */
  findings: Finding[];
  /** The rule ids of those findings, each once. */
  ruleIds: string[];
  worst: Severity | null;
  activeAccessKeys: number;
  /** The access key ids; a credential-report row's keys by slot. */
  accessKeyLabels: string[];
  /** "virtual", "hardware", "virtual+hardware", "none". */
  mfa: string;
}

export function reportRows(
  inventory: Inventory,
  findings: readonly Finding[],
): ReportUserRow[] {
  const byUser = findingsByUser(findings);

  return inventory.users.map((user) => {
    const own = byUser.get(user.userName) ?? [];
    return {
      user,
      findings: own,
      ruleIds: [...new Set(own.map((f) => f.id))],
      worst: worstSeverity(own),
      activeAccessKeys: user.accessKeys.filter((k) => k.status === 'Active')
        .length,
      accessKeyLabels: user.accessKeys.map(accessKeyLabel),
      mfa: mfaSummary(user),
    };
  });
}

/** The kinds of MFA device a user has, each once. */
function mfaSummary(user: UserRecord): string {
  const kinds = [...new Set(user.mfaDevices.map((d) => d.type))];
  if (kinds.length > 0) return kinds.join('+');

  // The credential report can say MFA is active before devices are known.
  return user.mfaActive ? 'unknown' : 'none';
}

/** A device's serial number, or its kind when the serial is unknown. */
export function mfaDeviceLabel(device: MfaDevice): string {
  return device.serialNumber ?? `${device.type} device`;
}

/** How many findings of each severity. */
export function severityCounts(
  findings: readonly Finding[],
): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const { severity } of findings) counts[severity] += 1;
  return counts;
}

/** "2 high, 1 medium, 0 low", worst first. */
export function severitySummary(findings: readonly Finding[]): string {
  const counts = severityCounts(findings);
  return (Object.keys(severityRank) as Severity[])
    .sort((a, b) => severityRank[b] - severityRank[a])
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
}

function rootMfa({ account }: Inventory): string {
  if (!account.rootMfaEnabled) return 'off';
  if (account.rootHardwareMfa === null) return 'on';
  return account.rootHardwareMfa ? 'on (hardware)' : 'on (virtual)';
}

/** " (2h 10m old, stale: changes since then are missing)" */
function freshnessNote(generatedAt: Date, now: Date): string {
  const freshness = reportFreshness(generatedAt, now);
  if (!freshness) return '';
  return freshness.stale
    ? ` (${freshness.age} old, stale: changes since then are missing)`
    : ` (${freshness.age} old)`;
}

/** The report's headline facts, as label and value, for people. */
export function summaryFields(
  inventory: Inventory,
  findings: readonly Finding[],
  now: Date,
): Array<[string, string]> {
  const { id, alias, rootAccessKeysPresent } = inventory.account;
  const reportTime = inventory.credentialReportGeneratedAt;
  const reportOf = reportTime
    ? ` of ${reportTime.toISOString()}${freshnessNote(reportTime, now)}`
    : '';
  const source =
    inventory.source === 'credential-report'
      ? `the credential report${reportOf}`
      : 'per-user calls';

  return [
    ['Account', alias === null ? id : `${id} (${alias})`],
    ['Generated', `${now.toISOString()}, from ${source}`],
    [
      'Root user',
      `MFA ${rootMfa(inventory)}, ` +
        `access keys ${rootAccessKeysPresent ? 'present' : 'none'}`,
    ],
    ['Users', String(inventory.users.length)],
    ['Findings', severitySummary(findings)],
  ];
}

/** The users table that the people-facing formats show. */
export const USER_COLUMNS = [
  'User',
  'Console',
  'MFA',
  'Active keys',
  'Password last used',
  'Groups',
  'Findings',
] as const;

export function userCells(row: ReportUserRow): string[] {
  const { user } = row;
  return [
    user.userName,
    user.passwordEnabled ? 'yes' : 'no',
    row.mfa,
    String(row.activeAccessKeys),
    passwordLastUsedCell(user),
    user.groups.join(', '),
    row.ruleIds.join(', '),
  ];
}

/** "-" without a console password; "never" for one never used. */
function passwordLastUsedCell(user: UserRecord): string {
  if (!user.passwordEnabled) return '-';
  return user.passwordLastUsed === null
    ? 'never'
    : formatDay(user.passwordLastUsed);
}

/** The findings table that the people-facing formats show. */
export const FINDING_COLUMNS = [
  'Severity',
  'Rule',
  'CIS',
  'User',
  'Detail',
] as const;

export function findingCells(finding: Finding): string[] {
  return [
    finding.severity,
    finding.id,
    finding.cis ?? '-',
    finding.userName ?? '(account)',
    finding.detail,
  ];
}
