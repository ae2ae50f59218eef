/**
 * The numbers the findings rules compare against. The defaults are CIS
 * AWS Foundations v3.0's; an organisation with stricter (or looser)
 * rules overrides any of them.
 */
export interface Thresholds {
  /** CIS 1.14: rotate access keys every this many days or less. */
  accessKeyMaxAgeDays: number;
  /** CIS 1.12: disable credentials unused for this many days or more. */
  unusedCredentialDays: number;
  /** CIS 1.8: the password policy's minimum password length. */
  minimumPasswordLength: number;
  /** CIS 1.9: how many previous passwords the policy must forbid. */
  passwordReusePrevention: number;
  /**
   * CIS 1.11: an access key created within this many seconds of its user
   * counts as created during initial user setup.
   */
  initialSetupWindowSeconds: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  accessKeyMaxAgeDays: 90,
  unusedCredentialDays: 45,
  minimumPasswordLength: 14,
  passwordReusePrevention: 24,
  initialSetupWindowSeconds: 60,
});

/** The defaults with `overrides` laid over them. */
export function resolveThresholds(
  overrides: Partial<Thresholds> = {},
): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...overrides };
}
