/**
 * The user screen's actions: what each can act on (the user's devices or
 * keys, picked when there are several) and the plan it builds for one.
 */
import type { CommandId } from '../keys.js';
import {
  activateAccessKeyPlan,
  containUserPlan,
  deactivateAccessKeyPlan,
  deactivateMfaDevicePlan,
  deleteAccessKeyPlan,
  removeConsoleAccessPlan,
  removeVirtualMfaDevicePlan,
} from '../model/planBuilders.js';
import { shortSerial } from '../model/planSteps.js';
import type { Plan } from '../model/plans.js';
import type { AccessKey, MfaDevice, UserRecord } from '../model/types.js';
import { formatDate } from '../ui/format.js';
import type { Choice } from './actionFlow.js';

interface UserAction {
  /** What to pick from; null: the action acts on the user itself. */
  targets: ((user: UserRecord) => Choice[]) | null;
  /** The picker's title, and what is said when there is nothing. */
  what: string;
  plan: (user: UserRecord, target: string) => Plan;
}

function deviceChoices(devices: MfaDevice[]): Choice[] {
  return devices.flatMap((device) =>
    device.serialNumber === null
      ? []
      : [
          {
            label:
              `${shortSerial(device.serialNumber)}  ${device.type}  ` +
              `enabled ${formatDate(device.enabledAt)}`,
            value: device.serialNumber,
          },
        ],
  );
}

function keyChoices(keys: AccessKey[]): Choice[] {
  return keys.flatMap((key) =>
    key.accessKeyId === null
      ? []
      : [
          {
            label:
              `${key.accessKeyId}  ${key.status}  ` +
              `created ${formatDate(key.createdAt)}  ` +
              `last used ${formatDate(key.lastUsedAt)}`,
            value: key.accessKeyId,
          },
        ],
  );
}

const withStatus = (status: AccessKey['status']) => (user: UserRecord) =>
  keyChoices(user.accessKeys.filter((key) => key.status === status));

export const USER_ACTIONS = {
  deactivateMfaDevice: {
    targets: (user) => deviceChoices(user.mfaDevices),
    what: 'MFA device to deactivate',
    plan: deactivateMfaDevicePlan,
  },
  removeVirtualMfaDevice: {
    targets: (user) =>
      deviceChoices(user.mfaDevices.filter((d) => d.type === 'virtual')),
    what: 'virtual MFA device to remove',
    plan: removeVirtualMfaDevicePlan,
  },
  deactivateAccessKey: {
    targets: withStatus('Active'),
    what: 'active access key to deactivate',
    plan: deactivateAccessKeyPlan,
  },
  activateAccessKey: {
    targets: withStatus('Inactive'),
    what: 'inactive access key to reactivate',
    plan: activateAccessKeyPlan,
  },
  deleteAccessKey: {
    targets: (user) => keyChoices(user.accessKeys),
    what: 'access key to delete',
    plan: deleteAccessKeyPlan,
  },
  removeConsoleAccess: {
    targets: null,
    what: 'login profile',
    plan: (user) => removeConsoleAccessPlan(user),
  },
  containUser: {
    targets: null,
    what: 'user',
    plan: (user) => containUserPlan(user),
  },
} satisfies Partial<Record<CommandId, UserAction>>;

export type UserActionId = keyof typeof USER_ACTIONS;

export function isUserAction(command: CommandId): command is UserActionId {
  return command in USER_ACTIONS;
}
