import type { PasswordPolicy } from '../types.js';
import { makeFinding } from './catalogue.js';
import type { AccountCheck } from './context.js';

/** Rules about the account password policy (CIS 1.8, 1.9). */

/** AWS's default when no policy is set: 8 characters, any classes. */
const AWS_DEFAULT_MINIMUM_LENGTH = 8;

const CHARACTER_CLASSES: ReadonlyArray<{
  field: keyof PasswordPolicy;
  name: string;
}> = [
  { field: 'requireUppercaseCharacters', name: 'uppercase letters' },
  { field: 'requireLowercaseCharacters', name: 'lowercase letters' },
  { field: 'requireNumbers', name: 'numbers' },
  { field: 'requireSymbols', name: 'symbols' },
];

/**
 * With no policy, the other password-policy rules stay quiet: this one
 * finding says it all, and setting a policy is the one fix.
 */
export const noPasswordPolicy: AccountCheck = ({ inventory }) =>
  inventory.account.passwordPolicy === null
    ? [
        makeFinding(
          'no-password-policy',
          null,
          'no password policy is set, so AWS defaults apply: ' +
            `${AWS_DEFAULT_MINIMUM_LENGTH} characters, no reuse prevention`,
        ),
      ]
    : [];

export const shortPasswords: AccountCheck = ({ inventory, thresholds }) => {
  const policy = inventory.account.passwordPolicy;
  const wanted = thresholds.minimumPasswordLength;
  if (policy === null || policy.minimumPasswordLength >= wanted) return [];

  return [
    makeFinding(
      'password-policy-short',
      null,
      `minimum password length is ${policy.minimumPasswordLength}, ` +
        `below ${wanted}`,
    ),
  ];
};

export const passwordReuse: AccountCheck = ({ inventory, thresholds }) => {
  const policy = inventory.account.passwordPolicy;
  const wanted = thresholds.passwordReusePrevention;
  const remembered = policy?.passwordReusePrevention ?? 0;
  if (policy === null || remembered >= wanted) return [];

  return [
    makeFinding(
      'password-policy-reuse',
      null,
      remembered === 0
        ? `password reuse prevention is off; set it to ${wanted}`
        : `password reuse prevention remembers ${remembered} passwords, ` +
            `below ${wanted}`,
    ),
  ];
};

export const missingCharacterClasses: AccountCheck = ({ inventory }) => {
  const policy = inventory.account.passwordPolicy;
  if (policy === null) return [];

  return CHARACTER_CLASSES.filter(({ field }) => policy[field] !== true).map(
    ({ name }) =>
      makeFinding(
        'password-policy-character-class',
        null,
        `the password policy does not require ${name}`,
      ),
  );
};
