import { addUser } from './actions/users.js';
import { secretAccessKey, uniqueId } from './ids.js';
import {
  awsPolicyArn,
  seedAwsManagedPolicies,
} from './seed/awsManagedPolicies.js';
import { seedTeam } from './seed/team.js';
import type { SandboxAccount } from './state.js';

export const ADMIN_USER_NAME = 'sandbox-admin';

/** How many team members `mfa-tui sandbox` and `--sandbox` seed. */
export const DEFAULT_TEAM_SIZE = 40;

/**
 * The administrator whose key pair `mfa-tui sandbox` prints. It acts with
 * full rights because AdministratorAccess is attached, as in AWS.
 */
export function seedAdmin(account: SandboxAccount) {
  const user = addUser(account, ADMIN_USER_NAME);
  user.attachedPolicies.push(awsPolicyArn('AdministratorAccess'));
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

/**
 * Fills a new account: AWS's managed policies, the admin, and `teamSize`
 * team members with the account-wide state a real team has (an alias,
 * groups, root's credentials). With no team the account stays bare but
 * for the admin, which is what most tests want.
 */
export function seedAccount(account: SandboxAccount, teamSize: number) {
  seedAwsManagedPolicies(account);
  const admin = seedAdmin(account);
  if (teamSize > 0) seedTeam(account, teamSize);
  return admin;
}
