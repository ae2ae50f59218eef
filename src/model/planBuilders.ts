/**
 * The incident plans, built from a user as AWS last confirmed it (a live
 * row: it carries access key ids and MFA serial numbers, which the
 * credential report lacks). Pure: nothing here talks to AWS.
 */
import {
  deactivateMfaDeviceStep,
  deleteAccessKeyStep,
  deleteLoginProfileStep,
  deleteVirtualMfaDeviceStep,
  putContainmentPolicyStep,
  shortKeyId,
  shortSerial,
  updateAccessKeyStep,
} from './planSteps.js';
import type { Plan, PlanStep } from './plans.js';
import type { UserRecord, VirtualMfaDevice } from './types.js';

/** A plan asked of a row that cannot say what to act on. */
export class PlanError extends Error {
  override name = 'PlanError';
}

function liveUser(user: UserRecord): UserRecord {
  if (user.source !== 'live') {
    throw new PlanError(
      `User ${user.userName} was read from the credential report, which ` +
        'has no access key ids or MFA serial numbers. Re-read the user ' +
        'live, then plan again.',
    );
  }
  return user;
}

function deviceOf(user: UserRecord, serialNumber: string) {
  const device = liveUser(user).mfaDevices.find(
    (candidate) => candidate.serialNumber === serialNumber,
  );
  if (!device) {
    throw new PlanError(
      `User ${user.userName} has no MFA device ${serialNumber}.`,
    );
  }
  return device;
}

function keyOf(user: UserRecord, accessKeyId: string) {
  const key = liveUser(user).accessKeys.find(
    (candidate) => candidate.accessKeyId === accessKeyId,
  );
  if (!key) {
    throw new PlanError(
      `User ${user.userName} has no access key ${shortKeyId(accessKeyId)}.`,
    );
  }
  return key;
}

export function deactivateMfaDevicePlan(
  user: UserRecord,
  serialNumber: string,
): Plan {
  deviceOf(user, serialNumber);
  return {
    kind: 'deactivate-mfa-device',
    title:
      `Deactivate MFA device ${shortSerial(serialNumber)} ` +
      `of ${user.userName}`,
    userName: user.userName,
    steps: [deactivateMfaDeviceStep(user.userName, serialNumber)],
  };
}

/** Deactivate, then delete: the owner can then enroll a new device. */
export function removeVirtualMfaDevicePlan(
  user: UserRecord,
  serialNumber: string,
): Plan {
  const device = deviceOf(user, serialNumber);
  if (device.type !== 'virtual') {
    throw new PlanError(
      `${serialNumber} is not a virtual MFA device: it can be ` +
        'deactivated, not deleted.',
    );
  }
  return {
    kind: 'remove-virtual-mfa-device',
    title:
      `Remove virtual MFA device ${shortSerial(serialNumber)} ` +
      `of ${user.userName}`,
    userName: user.userName,
    steps: [
      deactivateMfaDeviceStep(user.userName, serialNumber),
      deleteVirtualMfaDeviceStep(serialNumber),
    ],
  };
}

/** A virtual MFA device assigned to no one. */
export function deleteOrphanedMfaDevicePlan(device: VirtualMfaDevice): Plan {
  return {
    kind: 'delete-orphaned-mfa-device',
    title: `Delete unassigned virtual MFA device ${shortSerial(device.serialNumber)}`,
    userName: null,
    steps: [deleteVirtualMfaDeviceStep(device.serialNumber)],
  };
}

type AccessKeyPlanKind =
  'deactivate-access-key' | 'activate-access-key' | 'delete-access-key';

const ACCESS_KEY_PLANS: Record<
  AccessKeyPlanKind,
  { verb: string; step: (userName: string, accessKeyId: string) => PlanStep }
> = {
  'deactivate-access-key': {
    verb: 'Deactivate',
    step: (userName, id) => updateAccessKeyStep(userName, id, 'Inactive'),
  },
  'activate-access-key': {
    verb: 'Activate',
    step: (userName, id) => updateAccessKeyStep(userName, id, 'Active'),
  },
  'delete-access-key': { verb: 'Delete', step: deleteAccessKeyStep },
};

function accessKeyPlan(
  kind: AccessKeyPlanKind,
  user: UserRecord,
  accessKeyId: string,
): Plan {
  keyOf(user, accessKeyId);
  const { verb, step } = ACCESS_KEY_PLANS[kind];
  return {
    kind,
    title: `${verb} access key ${shortKeyId(accessKeyId)} of ${user.userName}`,
    userName: user.userName,
    steps: [step(user.userName, accessKeyId)],
  };
}

export const deactivateAccessKeyPlan = (user: UserRecord, id: string) =>
  accessKeyPlan('deactivate-access-key', user, id);

export const activateAccessKeyPlan = (user: UserRecord, id: string) =>
  accessKeyPlan('activate-access-key', user, id);

export const deleteAccessKeyPlan = (user: UserRecord, id: string) =>
  accessKeyPlan('delete-access-key', user, id);

export function removeConsoleAccessPlan(user: UserRecord): Plan {
  if (!liveUser(user).passwordEnabled) {
    throw new PlanError(`User ${user.userName} has no login profile.`);
  }
  return {
    kind: 'remove-console-access',
    title: `Remove console access of ${user.userName}`,
    userName: user.userName,
    steps: [deleteLoginProfileStep(user.userName)],
  };
}

/**
 * Contains a user whose credentials may be in other hands. The deny-all
 * inline policy comes first: it stops every key and session at once, so
 * the steps after it only close the doors for good.
 */
export function containUserPlan(user: UserRecord): Plan {
  const { userName, accessKeys, mfaDevices, passwordEnabled } = liveUser(user);

  const keySteps = accessKeys
    .filter((key) => key.status === 'Active')
    .map((key) => updateAccessKeyStep(userName, idOf(key), 'Inactive'));
  const deviceSteps = mfaDevices.map((device) =>
    deactivateMfaDeviceStep(userName, serialOf(device)),
  );
  const loginSteps = passwordEnabled ? [deleteLoginProfileStep(userName)] : [];

  return {
    kind: 'contain-user',
    title: `Contain user ${userName}`,
    userName,
    steps: [
      putContainmentPolicyStep(userName),
      ...keySteps,
      ...deviceSteps,
      ...loginSteps,
    ],
  };
}

function idOf(key: { accessKeyId: string | null }): string {
  if (key.accessKeyId === null) {
    throw new PlanError('An access key without an id cannot be planned.');
  }
  return key.accessKeyId;
}

function serialOf(device: { serialNumber: string | null }): string {
  if (device.serialNumber === null) {
    throw new PlanError('An MFA device without a serial cannot be planned.');
  }
  return device.serialNumber;
}
