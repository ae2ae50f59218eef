import { noSuchEntity } from './errors.js';
import {
  nameKey,
  type SandboxAccount,
  type SandboxGroup,
  type SandboxUser,
} from './state.js';

export function findUser(account: SandboxAccount, name: string): SandboxUser {
  const user = account.users.get(nameKey(name));
  if (!user) throw noSuchEntity(`The user with name ${name} cannot be found.`);
  return user;
}

export function findGroup(account: SandboxAccount, name: string): SandboxGroup {
  const group = account.groups.get(nameKey(name));
  if (!group) {
    throw noSuchEntity(`The group with name ${name} cannot be found.`);
  }
  return group;
}

/** The user named by UserName, or the caller when it is left out. */
export function targetUser(
  account: SandboxAccount,
  userName: string | undefined,
  caller: SandboxUser,
): SandboxUser {
  return userName === undefined ? caller : findUser(account, userName);
}
