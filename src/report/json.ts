import { worstSeverity } from '../model/findings.js';
import { isoOrNull } from '../model/time.js';
import type {
  AccessKeyStatus,
  Finding,
  Inventory,
  MfaDeviceType,
  PasswordPolicy,
  Severity,
} from '../model/types.js';
import { reportRows, severityCounts } from './rows.js';
import { reportFreshness } from '../model/freshness.js';

/**
 * The JSON report: a versioned contract for scripts and CI, documented
 * in docs/report-json.md. Adding a field is compatible; renaming or
 * removing one, or changing its meaning, bumps `schemaVersion`.
 */

export const REPORT_SCHEMA_VERSION = 1;

/** An ISO 8601 date-time in UTC, e.g. "2026-06-01T12:00:00.000Z". */
type IsoDate = string;

/**
 * Spelled out rather than derived from src/model/types.ts: the contract
 * must not move when the internal types do.
 */
export interface ReportJson {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generatedAt: IsoDate;
  source: Inventory['source'];
  credentialReportGeneratedAt: IsoDate | null;
  /** The credential report was older than 15 minutes; null without one. */
  credentialReportStale: boolean | null;
  loadedAt: IsoDate;
  account: {
    id: string;
    alias: string | null;
    rootMfaEnabled: boolean;
    rootHardwareMfa: boolean | null;
    rootAccessKeysPresent: boolean;
    passwordPolicy: PasswordPolicy | null;
  };
  summary: {
    users: number;
    findings: Record<Severity, number>;
    worstSeverity: Severity | null;
  };
  users: ReportJsonUser[];
  orphanedVirtualMfaDevices: Array<{
    serialNumber: string;
    createdAt: IsoDate | null;
  }>;
  findings: Finding[];
}

export interface ReportJsonUser {
  userName: string;
  arn: string;
  userId: string | null;
  path: string;
  createdAt: IsoDate;
  passwordEnabled: boolean;
  passwordLastUsed: IsoDate | null;
  passwordLastChanged: IsoDate | null;
  mfaActive: boolean;
  mfaDevices: Array<{
    serialNumber: string | null;
    type: MfaDeviceType;
    enabledAt: IsoDate | null;
  }>;
  accessKeys: Array<{
    accessKeyId: string | null;
    status: AccessKeyStatus;
    createdAt: IsoDate | null;
    lastUsedAt: IsoDate | null;
    lastUsedService: string | null;
    lastUsedRegion: string | null;
  }>;
  groups: string[];
  attachedPolicies: string[];
  inlinePolicies: string[];
  source: 'credential-report' | 'live';
  asOf: IsoDate;
  /** Rule ids of this user's findings, each once, worst first. */
  findings: string[];
}

export function toReportJson(
  inventory: Inventory,
  findings: readonly Finding[],
  now: Date,
): ReportJson {
  const { account } = inventory;

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    source: inventory.source,
    credentialReportGeneratedAt: isoOrNull(
      inventory.credentialReportGeneratedAt,
    ),
    credentialReportStale:
      reportFreshness(inventory.credentialReportGeneratedAt, now)?.stale ??
      null,
    loadedAt: inventory.loadedAt.toISOString(),
    account: {
      id: account.id,
      alias: account.alias,
      rootMfaEnabled: account.rootMfaEnabled,
      rootHardwareMfa: account.rootHardwareMfa,
      rootAccessKeysPresent: account.rootAccessKeysPresent,
      passwordPolicy: account.passwordPolicy,
    },
    summary: {
      users: inventory.users.length,
      findings: severityCounts(findings),
      worstSeverity: worstSeverity(findings),
    },
    users: reportRows(inventory, findings).map(({ user, ruleIds }) => ({
      userName: user.userName,
      arn: user.arn,
      userId: user.userId,
      path: user.path,
      createdAt: user.createdAt.toISOString(),
      passwordEnabled: user.passwordEnabled,
      passwordLastUsed: isoOrNull(user.passwordLastUsed),
      passwordLastChanged: isoOrNull(user.passwordLastChanged),
      mfaActive: user.mfaActive,
      mfaDevices: user.mfaDevices.map((device) => ({
        serialNumber: device.serialNumber,
        type: device.type,
        enabledAt: isoOrNull(device.enabledAt),
      })),
      accessKeys: user.accessKeys.map((key) => ({
        accessKeyId: key.accessKeyId,
        status: key.status,
        createdAt: isoOrNull(key.createdAt),
        lastUsedAt: isoOrNull(key.lastUsedAt),
        lastUsedService: key.lastUsedService,
        lastUsedRegion: key.lastUsedRegion,
      })),
      groups: [...user.groups],
      attachedPolicies: [...user.attachedPolicies],
      inlinePolicies: [...user.inlinePolicies],
      source: user.source,
      asOf: user.asOf.toISOString(),
      findings: ruleIds,
    })),
    orphanedVirtualMfaDevices: inventory.orphanedVirtualMfaDevices.map(
      (device) => ({
        serialNumber: device.serialNumber,
        createdAt: isoOrNull(device.createdAt),
      }),
    ),
    findings: findings.map(
      ({ id, severity, title, cis, userName, detail }) => ({
        id,
        severity,
        title,
        cis,
        userName,
        detail,
      }),
    ),
  };
}

/** Pretty-printed, with a final newline, ready for stdout. */
export function formatJson(
  inventory: Inventory,
  findings: readonly Finding[],
  now: Date,
): string {
  return JSON.stringify(toReportJson(inventory, findings, now), null, 2) + '\n';
}
