import {
  GetLoginProfileCommand,
  type IAMClient,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { hasCode } from '../src/aws/errors.js';
import { listUsers } from '../src/aws/listings.js';
import { mapWithConcurrency } from '../src/aws/pool.js';

/**
 * What a script written without thought for scale does: list the users,
 * then ask about each one, one call after another, `concurrency` users at
 * a time (so `concurrency` calls in flight). The benchmark's yardstick,
 * not app code.
 */
export async function naiveLoad(iam: IAMClient, concurrency: number) {
  const users = await listUsers(iam);
  return mapWithConcurrency(users, concurrency, async (user) => {
    const input = { UserName: user.UserName };
    const devices = await iam.send(new ListMFADevicesCommand(input));
    const keys = await iam.send(new ListAccessKeysCommand(input));
    const console = await iam
      .send(new GetLoginProfileCommand(input))
      .then(() => true)
      .catch((error: unknown) => {
        if (hasCode(error, 'NoSuchEntity')) return false;
        throw error;
      });
    return {
      userName: user.UserName,
      mfaDevices: devices.MFADevices?.length ?? 0,
      accessKeys: keys.AccessKeyMetadata?.length ?? 0,
      console,
    };
  });
}
