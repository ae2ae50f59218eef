import { ageInDays } from '../time.js';
import type { AccessKey, UserRecord } from '../types.js';
import { makeFinding } from './catalogue.js';
import type { UserCheck } from './context.js';

/**
 * Rules about a user's access keys (CIS 1.11 to 1.14). Only active keys
 * count: an inactive key signs nothing, and deleting it is housekeeping.
 */

/** The key's id, or its slot when it came from the credential report. */
export function accessKeyLabel(key: AccessKey, index: number): string {
  return key.accessKeyId ?? `access key ${index + 1}`;
}

function activeKeys(user: UserRecord): Array<[AccessKey, string]> {
  return user.accessKeys
    .map((key, index): [AccessKey, string] => [key, accessKeyLabel(key, index)])
    .filter(([key]) => key.status === 'Active');
}

export const accessKeyTooOld: UserCheck = (user, { now, thresholds }) =>
  activeKeys(user).flatMap(([key, label]) => {
    if (key.createdAt === null) return [];

    const days = ageInDays(key.createdAt, now);
    if (days <= thresholds.accessKeyMaxAgeDays) return [];
    return [
      makeFinding(
        'access-key-too-old',
        user.userName,
        `${label} is ${days} days old ` +
          `(rotate every ${thresholds.accessKeyMaxAgeDays} days or less)`,
      ),
    ];
  });

/** A key never used counts from its creation, like a password. */
export const accessKeyUnused: UserCheck = (user, { now, thresholds }) =>
  activeKeys(user).flatMap(([key, label]) => {
    const since = key.lastUsedAt ?? key.createdAt;
    if (since === null) return [];

    const days = ageInDays(since, now);
    if (days < thresholds.unusedCredentialDays) return [];
    return [
      makeFinding(
        'access-key-unused',
        user.userName,
        key.lastUsedAt === null
          ? `${label} never used in ${days} days`
          : `${label} last used ${days} days ago`,
      ),
    ];
  });

export const multipleActiveKeys: UserCheck = (user) => {
  const active = activeKeys(user);
  if (active.length <= 1) return [];

  return [
    makeFinding(
      'multiple-active-keys',
      user.userName,
      `${active.length} active access keys: ` +
        active.map(([, label]) => label).join(', '),
    ),
  ];
};

/**
 * CIS 1.11: for users with a console password, an access key created at
 * the same time as the user (within the initial-setup window) and never
 * used was made "just in case" during setup, and should be deleted.
 */
export const keyCreatedWithUser: UserCheck = (user, { thresholds }) => {
  if (!user.passwordEnabled) return [];

  const windowMs = thresholds.initialSetupWindowSeconds * 1000;
  return activeKeys(user).flatMap(([key, label]) => {
    if (key.createdAt === null || key.lastUsedAt !== null) return [];

    const apart = Math.abs(key.createdAt.getTime() - user.createdAt.getTime());
    if (apart > windowMs) return [];
    return [
      makeFinding(
        'key-created-with-user',
        user.userName,
        `${label} was created with the user and has never been used`,
      ),
    ];
  });
};
