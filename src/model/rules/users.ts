import { ageInDays } from '../time.js';
import { makeFinding } from './catalogue.js';
import type { UserCheck } from './context.js';

/** Rules about a user's console access and permissions. */

export const consoleWithoutMfa: UserCheck = (user) =>
  user.passwordEnabled && !user.mfaActive
    ? [
        makeFinding(
          'console-without-mfa',
          user.userName,
          `${user.userName} can sign in to the console without MFA`,
        ),
      ]
    : [];

/**
 * A password never used counts from when it was set (or, failing that,
 * from the user's creation), so a new hire is not flagged on day one.
 */
export const passwordUnused: UserCheck = (user, { now, thresholds }) => {
  if (!user.passwordEnabled) return [];

  const since =
    user.passwordLastUsed ?? user.passwordLastChanged ?? user.createdAt;
  const days = ageInDays(since, now);
  if (days < thresholds.unusedCredentialDays) return [];

  return [
    makeFinding(
      'password-unused',
      user.userName,
      user.passwordLastUsed === null
        ? `console password never used in ${days} days`
        : `console password last used ${days} days ago`,
    ),
  ];
};

/** Inline policies count too: CIS 1.15 wants permissions only via groups. */
export const directPolicies: UserCheck = (user) => {
  const attached = user.attachedPolicies.length;
  const inline = user.inlinePolicies.length;
  if (attached + inline === 0) return [];

  const parts = [
    attached > 0 ? `${attached} attached managed` : null,
    inline > 0 ? `${inline} inline` : null,
  ].filter((part) => part !== null);
  const noun = attached + inline === 1 ? 'policy' : 'policies';
  return [
    makeFinding(
      'user-direct-policies',
      user.userName,
      `${parts.join(' and ')} ${noun} on the user instead of a group`,
    ),
  ];
};
