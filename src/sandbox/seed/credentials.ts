import { secretAccessKey, uniqueId } from '../ids.js';
import type { SandboxAccount, SandboxUser } from '../state.js';
import { newSeed } from '../totp.js';
import { daysAfter, daysAgo } from './clock.js';

/** Services and regions a seeded key was last used with. */
const SERVICES = ['s3', 'ec2', 'sts', 'iam', 'lambda', 'dynamodb', 'logs'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];

export interface KeySpec {
  ageDays: number;
  /** Days since last use; left out for a key never used. */
  lastUsedDays?: number;
  status?: 'Active' | 'Inactive';
}

export function giveAccessKey(
  account: SandboxAccount,
  user: SandboxUser,
  spec: KeySpec,
): void {
  const createDate = daysAgo(account, spec.ageDays);
  const { random } = account;
  const service = random.pick(SERVICES);
  const key = {
    accessKeyId: uniqueId(random, 'AKIA'),
    secretAccessKey: secretAccessKey(random),
    status: spec.status ?? 'Active',
    createDate,
    lastUsed:
      spec.lastUsedDays === undefined
        ? undefined
        : {
            date: daysAgo(account, Math.min(spec.lastUsedDays, spec.ageDays)),
            serviceName: service,
            // IAM is global: AWS reports its calls in us-east-1.
            region: service === 'iam' ? 'us-east-1' : random.pick(REGIONS),
          },
  };
  user.accessKeys.push(key);
  account.accessKeyOwners.set(key.accessKeyId, user.userName.toLowerCase());
}

export interface ConsoleSpec {
  /** Days since the console password was last used; none: never. */
  lastUsedDays?: number;
  passwordResetRequired?: boolean;
}

export function giveConsolePassword(
  account: SandboxAccount,
  user: SandboxUser,
  spec: ConsoleSpec,
): void {
  const createDate = daysAfter(account, user.createDate, 1);
  user.loginProfile = {
    createDate,
    passwordResetRequired: spec.passwordResetRequired ?? false,
    password: secretAccessKey(account.random).slice(0, 20),
    passwordLastChanged: createDate,
  };
  if (spec.lastUsedDays !== undefined) {
    user.passwordLastUsed = daysAgo(account, spec.lastUsedDays);
  }
}

/**
 * A virtual MFA device named after its user, as the console names it,
 * with a real seed so that enrollment and codes work against it.
 */
export function giveVirtualMfa(
  account: SandboxAccount,
  user: SandboxUser,
  deviceName = user.userName,
): void {
  const serialNumber = `arn:aws:iam::${account.accountId}:mfa/${deviceName}`;
  const enableDate = daysAfter(account, user.createDate, 2);
  account.virtualMfaDevices.set(serialNumber, {
    serialNumber,
    base32Seed: newSeed(account.random),
    createDate: enableDate,
    userName: user.userName,
    enableDate,
  });
  user.mfaDevices.push({ serialNumber, enableDate });
}

/** A hardware TOTP token: its serial is printed on it, not an ARN. */
export function giveHardwareMfa(
  account: SandboxAccount,
  user: SandboxUser,
): void {
  const serialNumber = `GAHT${account.random.string('0123456789', 8)}`;
  user.mfaDevices.push({
    serialNumber,
    enableDate: daysAfter(account, user.createDate, 5),
  });
}

/** A virtual device created once and never enabled, or left behind. */
export function orphanVirtualMfa(
  account: SandboxAccount,
  deviceName: string,
  ageDays: number,
): void {
  const serialNumber = `arn:aws:iam::${account.accountId}:mfa/${deviceName}`;
  account.virtualMfaDevices.set(serialNumber, {
    serialNumber,
    base32Seed: newSeed(account.random),
    createDate: daysAgo(account, ageDays),
  });
}
