import { addUser } from './actions/users.js';
import { secretAccessKey, uniqueId } from './ids.js';
import type { SandboxAccount } from './state.js';

export const ADMIN_USER_NAME = 'sandbox-admin';

/** The administrator whose key pair `mfa-tui sandbox` prints. */
export function seedAdmin(account: SandboxAccount) {
  const user = addUser(account, ADMIN_USER_NAME);
  const key = {
    accessKeyId: uniqueId(account.random, 'AKIA'),
    secretAccessKey: secretAccessKey(account.random),
    status: 'Active' as const,
    createDate: account.clock.now(),
  };
  user.accessKeys.push(key);
  account.accessKeyOwners.set(key.accessKeyId, user.userName.toLowerCase());
  account.adminAccessKeyId = key.accessKeyId;
  return { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
}
