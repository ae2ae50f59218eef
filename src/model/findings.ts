import * as account from './rules/account.js';
import * as accessKeys from './rules/accessKeys.js';
import { severityRank } from './rules/catalogue.js';
import type { AccountCheck, RuleContext, UserCheck } from './rules/context.js';
import * as passwordPolicy from './rules/passwordPolicy.js';
import * as users from './rules/users.js';
import { resolveThresholds, type Thresholds } from './thresholds.js';
import type { Finding, Inventory, Severity } from './types.js';

export {
  RULES,
  severityRank,
  type Rule,
  type RuleId,
} from './rules/catalogue.js';

const ACCOUNT_CHECKS: readonly AccountCheck[] = [
  account.rootWithoutMfa,
  account.rootWithoutHardwareMfa,
  account.rootAccessKeys,
  passwordPolicy.noPasswordPolicy,
  passwordPolicy.shortPasswords,
  passwordPolicy.passwordReuse,
  passwordPolicy.missingCharacterClasses,
  account.orphanedVirtualMfaDevices,
];

const USER_CHECKS: readonly UserCheck[] = [
  users.consoleWithoutMfa,
  users.passwordUnused,
  accessKeys.accessKeyTooOld,
  accessKeys.accessKeyUnused,
  accessKeys.multipleActiveKeys,
  accessKeys.keyCreatedWithUser,
  users.directPolicies,
];

/**
 * Every finding in the inventory, worst first: account-level ones, then
 * one per user and rule (or per key, for the per-key rules). Ages are
 * measured against `now`, never the clock.
 */
export function evaluateFindings(
  inventory: Inventory,
  now: Date,
  thresholds: Partial<Thresholds> = {},
): Finding[] {
  const context: RuleContext = {
    inventory,
    now,
    thresholds: resolveThresholds(thresholds),
  };

  const findings = [
    ...ACCOUNT_CHECKS.flatMap((check) => check(context)),
    ...inventory.users.flatMap((user) =>
      USER_CHECKS.flatMap((check) => check(user, context)),
    ),
  ];

  // Array.prototype.sort is stable, so ties keep the order above.
  return findings.sort(
    (a, b) => severityRank[b.severity] - severityRank[a.severity],
  );
}

/** The worst severity among `findings`, or null when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const { severity } of findings) {
    if (worst === null || severityRank[severity] > severityRank[worst]) {
      worst = severity;
    }
  }
  return worst;
}

/** Findings grouped by user name; account-level ones under null. */
export function findingsByUser(
  findings: readonly Finding[],
): Map<string | null, Finding[]> {
  const byUser = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    const list = byUser.get(finding.userName) ?? [];
    list.push(finding);
    byUser.set(finding.userName, list);
  }
  return byUser;
}
