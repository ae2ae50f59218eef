import { stringify } from 'csv-stringify/sync';
import type {
  SandboxAccessKey,
  SandboxAccount,
  SandboxPasswordPolicy,
  SandboxUser,
} from './state.js';

/** AWS's 22 columns, in AWS's order (IAM User Guide, credential reports). */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

type Column = (typeof CREDENTIAL_REPORT_COLUMNS)[number];
type Row = Record<Column, string>;

const NOT_APPLICABLE = 'N/A';
const NO_INFORMATION = 'no_information';
const NOT_SUPPORTED = 'not_supported';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The report writes times as `2024-05-01T12:00:00+00:00`. */
function reportTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** The report writes booleans in lower case. */
function flag(value: boolean): string {
  return value ? 'true' : 'false';
}

/** What the report knows of one access key, root's or a user's. */
interface KeyFacts {
  active: boolean;
  createDate: Date;
  lastUsed?: { date: Date; region?: string; serviceName?: string };
}

/**
 * The five columns of one access key slot. A key that exists but is
 * inactive still shows when it was made: "active" already says false.
 */
function keyColumns(key: KeyFacts | undefined): string[] {
  const used = key?.lastUsed;
  return [
    flag(key?.active ?? false),
    key ? reportTime(key.createDate) : NOT_APPLICABLE,
    used ? reportTime(used.date) : NOT_APPLICABLE,
    used?.region ?? NOT_APPLICABLE,
    used?.serviceName ?? NOT_APPLICABLE,
  ];
}

/** The sandbox has no signing certificates: both slots are empty. */
const NO_CERTIFICATES = [
  flag(false),
  NOT_APPLICABLE,
  flag(false),
  NOT_APPLICABLE,
];

function userKeyFacts(key: SandboxAccessKey | undefined): KeyFacts | undefined {
  return (
    key && {
      active: key.status === 'Active',
      createDate: key.createDate,
      lastUsed: key.lastUsed,
    }
  );
}

function nextRotation(
  user: SandboxUser,
  policy: SandboxPasswordPolicy | undefined,
): string {
  const profile = user.loginProfile;
  if (!profile || policy?.maxPasswordAge === undefined) return NOT_APPLICABLE;
  const due = profile.passwordLastChanged.getTime();
  return reportTime(new Date(due + policy.maxPasswordAge * DAY_MS));
}

function toRow(values: string[]): Row {
  return Object.fromEntries(
    CREDENTIAL_REPORT_COLUMNS.map((column, i) => [column, values[i] ?? '']),
  ) as Row;
}

function rootRow(account: SandboxAccount): Row {
  const root = account.root;
  // Root's keys never sign sandbox requests, so only the date is known.
  const keys = root.accessKeys.map((key) => ({
    active: key.active,
    createDate: key.createDate,
    lastUsed: key.lastUsed && { date: key.lastUsed },
  }));
  return toRow([
    '<root_account>',
    `arn:aws:iam::${account.accountId}:root`,
    reportTime(root.createDate),
    NOT_SUPPORTED,
    root.passwordLastUsed ? reportTime(root.passwordLastUsed) : NO_INFORMATION,
    NOT_SUPPORTED,
    NOT_SUPPORTED,
    flag(root.mfaEnabled),
    ...keyColumns(keys[0]),
    ...keyColumns(keys[1]),
    ...NO_CERTIFICATES,
  ]);
}

function userRow(account: SandboxAccount, user: SandboxUser): Row {
  const profile = user.loginProfile;
  const passwordLastUsed = user.passwordLastUsed
    ? reportTime(user.passwordLastUsed)
    : NO_INFORMATION;
  return toRow([
    user.userName,
    user.arn,
    reportTime(user.createDate),
    flag(profile !== undefined),
    profile ? passwordLastUsed : NOT_APPLICABLE,
    profile ? reportTime(profile.passwordLastChanged) : NOT_APPLICABLE,
    nextRotation(user, account.passwordPolicy),
    flag(user.mfaDevices.length > 0),
    ...keyColumns(userKeyFacts(user.accessKeys[0])),
    ...keyColumns(userKeyFacts(user.accessKeys[1])),
    ...NO_CERTIFICATES,
  ]);
}

/** The credential report as AWS writes it: root first, then every user. */
export function credentialReportCsv(account: SandboxAccount): string {
  const users = [...account.users.values()].sort((a, b) =>
    a.userName < b.userName ? -1 : a.userName > b.userName ? 1 : 0,
  );
  const rows = [rootRow(account), ...users.map((u) => userRow(account, u))];
  return stringify(rows, {
    header: true,
    columns: [...CREDENTIAL_REPORT_COLUMNS],
  });
}
