import { type ReportFreshness, reportFreshness } from '../model/freshness.js';
import { DEFAULT_THRESHOLDS } from '../model/thresholds.js';
import type { Finding, Inventory, Severity } from '../model/types.js';
import { daysBetween } from '../model/time.js';

/** The header's numbers, derived once per inventory. */
export interface HeaderStats {
  users: number;
  consoleUsers: number;
  consoleUsersWithMfa: number;
  activeKeys: number;
  activeKeysYoung: number;
  /** Rows re-read live since the inventory loaded. */
  liveRows: number;
  findings: Record<Severity, number>;
  /** The credential report's age; null when users were read live. */
  report: ReportFreshness | null;
}

export function headerStats(
  inventory: Inventory,
  findings: readonly Finding[],
  now: Date,
): HeaderStats {
  const consoleUsers = inventory.users.filter((u) => u.passwordEnabled);
  const activeKeys = inventory.users.flatMap((user) =>
    user.accessKeys.filter((key) => key.status === 'Active'),
  );
  const count = (severity: Severity) =>
    findings.filter((finding) => finding.severity === severity).length;

  return {
    users: inventory.users.length,
    consoleUsers: consoleUsers.length,
    consoleUsersWithMfa: consoleUsers.filter((u) => u.mfaActive).length,
    activeKeys: activeKeys.length,
    activeKeysYoung: activeKeys.filter(
      (key) =>
        (daysBetween(key.createdAt, now) ?? 0) <
        DEFAULT_THRESHOLDS.accessKeyMaxAgeDays,
    ).length,
    liveRows: inventory.users.filter((user) => user.source === 'live').length,
    findings: {
      high: count('high'),
      medium: count('medium'),
      low: count('low'),
    },
    report: reportFreshness(inventory.credentialReportGeneratedAt, now),
  };
}
