import QRCode from 'qrcode';
import type { ActionTable } from '../action.js';
import { IamError, noSuchEntity } from '../errors.js';
import { findUser, targetUser } from '../lookup.js';
import { paginate } from '../pagination.js';
import { optionalPath } from '../paths.js';
import { userShape } from '../shapes.js';
import {
  nameKey,
  type SandboxAccount,
  type SandboxUser,
  type SandboxVirtualMfaDevice,
} from '../state.js';
import { assignmentStatus, checkCodes, serialNumber } from '../mfaInput.js';
import {
  ENABLE_TOLERANCE,
  newSeed,
  otpauthUri,
  RESYNC_TOLERANCE,
} from '../totp.js';

/** IAM's quota of MFA devices per user (raised from 1 to 8 in 2022). */
export const MFA_DEVICES_PER_USER = 8;

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
    const path = optionalPath(params);
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
