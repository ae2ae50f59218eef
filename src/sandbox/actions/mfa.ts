import QRCode from 'qrcode';
import type { ActionTable } from '../action.js';
import { IamError, noSuchEntity } from '../errors.js';
import { findUser, targetUser } from '../lookup.js';
import { paginate } from '../pagination.js';
import { constrained, constraintError, type Params } from '../params.js';
import { userShape } from '../shapes.js';
import {
  nameKey,
  type SandboxAccount,
  type SandboxUser,
  type SandboxVirtualMfaDevice,
} from '../state.js';
import {
  areConsecutiveCodes,
  ENABLE_TOLERANCE,
  newSeed,
  otpauthUri,
  RESYNC_TOLERANCE,
  type Tolerance,
} from '../totp.js';

/** IAM's quota of MFA devices per user (raised from 1 to 8 in 2022). */
export const MFA_DEVICES_PER_USER = 8;

const ASSIGNMENT_STATUSES = ['Assigned', 'Unassigned', 'Any'] as const;
type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

const SERIAL_PATTERN = '[\\w+=/:,.@-]+';
const CODE_PATTERN = '[\\d]+';

function serialNumber(params: Params): string {
  return constrained('SerialNumber', params.optional('SerialNumber'), {
    min: 9,
    max: 256,
    pattern: SERIAL_PATTERN,
  });
}

function authenticationCode(params: Params, field: string): string {
  return constrained(field, params.optional(field), {
    min: 6,
    max: 6,
    pattern: CODE_PATTERN,
  });
}

function invalidCode(): IamError {
  return new IamError(
    'InvalidAuthenticationCode',
    'Authentication code for device is not valid.',
  );
}

/**
 * Checks the two codes against the device's seed. Hardware tokens have no
 * seed the sandbox knows: they exist only in the seeded team, enabled at
 * seeding time, so any code offered for one is refused as AWS refuses a
 * wrong one.
 */
function checkCodes(
  device: SandboxVirtualMfaDevice | undefined,
  params: Params,
  now: Date,
  tolerance: Tolerance,
): void {
  const code1 = authenticationCode(params, 'AuthenticationCode1');
  const code2 = authenticationCode(params, 'AuthenticationCode2');
  if (
    !device ||
    !areConsecutiveCodes(device.base32Seed, code1, code2, now, tolerance)
  ) {
    throw invalidCode();
  }
}

/** The user's enabled device with this serial, or NoSuchEntity. */
function userDevice(user: SandboxUser, serial: string) {
  const index = user.mfaDevices.findIndex((d) => d.serialNumber === serial);
  if (index < 0) {
    throw noSuchEntity(
      `MFA Device with serial number ${serial} does not exist ` +
        `for user ${user.userName}.`,
    );
  }
  return index;
}

function assignmentStatus(params: Params): AssignmentStatus {
  const value = params.optional('AssignmentStatus') ?? 'Any';
  if (!(ASSIGNMENT_STATUSES as readonly string[]).includes(value)) {
    throw constraintError(
      'AssignmentStatus',
      value,
      'Member must satisfy enum value set: [Assigned, Unassigned, Any]',
    );
  }
  return value as AssignmentStatus;
}

function virtualDeviceShape(
  account: SandboxAccount,
  device: SandboxVirtualMfaDevice,
) {
  const user =
    device.userName === undefined
      ? undefined
      : account.users.get(nameKey(device.userName));
  return {
    SerialNumber: device.serialNumber,
    User: user && userShape(user, { withTags: false }),
    EnableDate: device.enableDate,
  };
}

/** The label authenticator apps show: device name at account alias or id. */
function deviceLabel(account: SandboxAccount, name: string): string {
  return `${name}@${account.aliases[0] ?? account.accountId}`;
}

export const mfaActions: ActionTable = {
  CreateVirtualMFADevice: async ({ account, params }) => {
    const name = params.name('VirtualMFADeviceName');
    const path = params.optional('Path') ?? '/';
    const serial = `arn:aws:iam::${account.accountId}:mfa${path}${name}`;
    const seed = newSeed(account.random);
    const png = await QRCode.toBuffer(
      otpauthUri(seed, deviceLabel(account, name)),
      { type: 'png' },
    );

    // Checked after the await, so that two concurrent calls cannot both
    // pass the check and make the same device.
    const taken = [...account.virtualMfaDevices.keys()].some(
      (existing) => nameKey(existing) === nameKey(serial),
    );
    if (taken) {
      throw new IamError(
        'EntityAlreadyExists',
        'MFADevice entity at the same path and name already exists.',
      );
    }
    account.virtualMfaDevices.set(serial, {
      serialNumber: serial,
      base32Seed: seed,
      createDate: account.clock.now(),
    });

    // Both are blobs in AWS's model, so both travel base64-encoded: the
    // SDK hands the caller the seed's base32 text and the PNG as bytes.
    return {
      VirtualMFADevice: {
        SerialNumber: serial,
        Base32StringSeed: Buffer.from(seed, 'ascii').toString('base64'),
        QRCodePNG: png.toString('base64'),
      },
    };
  },

  EnableMFADevice: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    const serial = serialNumber(params);
    const device = account.virtualMfaDevices.get(serial);
    if (serial.startsWith('arn:') && !device) {
      throw noSuchEntity(
        `VirtualMFADevice with serial number ${serial} doesn't exist.`,
      );
    }

    const inUse =
      device?.userName !== undefined ||
      [...account.users.values()].some((other) =>
        other.mfaDevices.some((d) => d.serialNumber === serial),
      );
    if (inUse) {
      throw new IamError(
        'EntityAlreadyExists',
        'MFA Device is already in use.',
      );
    }
    if (user.mfaDevices.length >= MFA_DEVICES_PER_USER) {
      throw new IamError(
        'LimitExceeded',
        `Cannot exceed quota for MFADevicesPerUser: ${MFA_DEVICES_PER_USER}`,
      );
    }
    const now = account.clock.now();
    checkCodes(device, params, now, ENABLE_TOLERANCE);

    user.mfaDevices.push({ serialNumber: serial, enableDate: now });
    if (device) {
      device.userName = user.userName;
      device.enableDate = now;
    }
    return undefined;
  },

  ResyncMFADevice: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    const serial = serialNumber(params);
    userDevice(user, serial);
    checkCodes(
      account.virtualMfaDevices.get(serial),
      params,
      account.clock.now(),
      RESYNC_TOLERANCE,
    );
    return undefined;
  },

  DeactivateMFADevice: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    const serial = serialNumber(params);
    user.mfaDevices.splice(userDevice(user, serial), 1);

    const device = account.virtualMfaDevices.get(serial);
    if (device) {
      device.userName = undefined;
      device.enableDate = undefined;
    }
    return undefined;
  },

  DeleteVirtualMFADevice: ({ account, params }) => {
    const serial = serialNumber(params);
    const device = account.virtualMfaDevices.get(serial);
    if (!device) {
      throw noSuchEntity(
        `VirtualMFADevice with serial number ${serial} doesn't exist.`,
      );
    }
    if (device.userName !== undefined) {
      throw new IamError('DeleteConflict', 'MFA Device is in use by user.');
    }
    account.virtualMfaDevices.delete(serial);
    return undefined;
  },

  ListMFADevices: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    const { items, ...page } = paginate(user.mfaDevices, params);
    return {
      MFADevices: items.map((device) => ({
        UserName: user.userName,
        SerialNumber: device.serialNumber,
        EnableDate: device.enableDate,
      })),
      ...page,
    };
  },

  ListVirtualMFADevices: ({ account, params }) => {
    const status = assignmentStatus(params);
    const devices = [...account.virtualMfaDevices.values()].filter(
      (device) =>
        status === 'Any' ||
        (status === 'Assigned') === (device.userName !== undefined),
    );
    const { items, ...page } = paginate(devices, params);
    return {
      VirtualMFADevices: items.map((d) => virtualDeviceShape(account, d)),
      ...page,
    };
  },
};
