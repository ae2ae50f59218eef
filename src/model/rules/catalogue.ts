import type { Finding, Severity } from '../types.js';

/**
 * Every rule the findings engine knows: its stable id, severity, title
 * and CIS AWS Foundations v3.0 recommendation. Help screens and the
 * report documentation are generated from this list, and every finding
 * takes its severity, title and reference from here, so they cannot
 * drift apart.
 */

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  /** Null where CIS v3.0 has no recommendation for it. */
  readonly cis: string | null;
}

export const RULES = [
  rule('root-access-keys', 'high', 'Root user has access keys', '1.4'),
  rule('root-without-mfa', 'high', 'Root user without MFA', '1.5'),
  rule(
    'root-without-hardware-mfa',
    'medium',
    'Root user without a hardware MFA device',
    '1.6',
  ),
  rule('no-password-policy', 'medium', 'No account password policy', '1.8'),
  rule(
    'password-policy-short',
    'medium',
    'Password policy allows short passwords',
    '1.8',
  ),
  rule(
    'password-policy-reuse',
    'medium',
    'Password policy allows password reuse',
    '1.9',
  ),
  rule(
    'password-policy-character-class',
    'low',
    'Password policy does not require a character class',
    null,
  ),
  rule('console-without-mfa', 'high', 'Console user without MFA', '1.10'),
  rule(
    'key-created-with-user',
    'low',
    'Access key created with the user and never used',
    '1.11',
  ),
  rule('password-unused', 'medium', 'Console password unused', '1.12'),
  rule('access-key-unused', 'medium', 'Access key unused', '1.12'),
  rule(
    'multiple-active-keys',
    'low',
    'More than one active access key',
    '1.13',
  ),
  rule('access-key-too-old', 'medium', 'Access key not rotated', '1.14'),
  rule(
    'user-direct-policies',
    'low',
    'Policies attached directly to a user',
    '1.15',
  ),
  rule(
    'orphaned-virtual-mfa-device',
    'low',
    'Virtual MFA device assigned to no one',
    null,
  ),
] as const;

export type RuleId = (typeof RULES)[number]['id'];

/** Higher is worse; for sorting and for comparing with --fail-on. */
export const severityRank: Readonly<Record<Severity, number>> = {
  high: 3,
  medium: 2,
  low: 1,
};

/** A finding of rule `id`, with the rule's severity, title and CIS ref. */
export function makeFinding(
  id: RuleId,
  userName: string | null,
  detail: string,
): Finding {
  const { severity, title, cis } = RULES.find((r) => r.id === id)!;
  return { id, severity, title, cis, userName, detail };
}

function rule<Id extends string>(
  id: Id,
  severity: Severity,
  title: string,
  cis: string | null,
) {
  return { id, severity, title, cis } as const satisfies Rule;
}
