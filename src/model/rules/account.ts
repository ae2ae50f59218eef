import { makeFinding } from './catalogue.js';
import type { AccountCheck } from './context.js';

/** Rules about the root user and the account's loose ends. */

export const rootAccessKeys: AccountCheck = ({ inventory }) =>
  inventory.account.rootAccessKeysPresent
    ? [
        makeFinding(
          'root-access-keys',
          null,
          'the root user has at least one access key',
        ),
      ]
    : [];

export const rootWithoutMfa: AccountCheck = ({ inventory }) =>
  inventory.account.rootMfaEnabled
    ? []
    : [
        makeFinding(
          'root-without-mfa',
          null,
          'the root user has no MFA device',
        ),
      ];

/**
 * Only when root has MFA and it is known to be virtual: without MFA the
 * root-without-mfa finding already says more, and a null
 * `rootHardwareMfa` means the loader could not tell.
 */
export const rootWithoutHardwareMfa: AccountCheck = ({ inventory }) => {
  const { rootMfaEnabled, rootHardwareMfa } = inventory.account;
  if (!rootMfaEnabled || rootHardwareMfa !== false) return [];

  return [
    makeFinding(
      'root-without-hardware-mfa',
      null,
      "the root user's MFA device is a virtual MFA device",
    ),
  ];
};

export const orphanedVirtualMfaDevices: AccountCheck = ({ inventory }) =>
  inventory.orphanedVirtualMfaDevices.map((device) =>
    makeFinding(
      'orphaned-virtual-mfa-device',
      null,
      `virtual MFA device ${device.serialNumber} is assigned to no user`,
    ),
  );
