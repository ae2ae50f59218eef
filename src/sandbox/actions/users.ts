import type { ActionTable } from '../action.js';
import { IamError } from '../errors.js';
import { uniqueId } from '../ids.js';
import { findUser, targetUser } from '../lookup.js';
import { paginate } from '../pagination.js';
import { constraintError } from '../params.js';
import { userShape } from '../shapes.js';
import { nameKey, type SandboxAccount, type SandboxUser } from '../state.js';
import { mergeTags, readTags, userTagActions } from './userTags.js';

/** A path is `/` or starts and ends with `/`, 1-512 characters. */
function readPath(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  if (path.length > 512) {
    throw constraintError(
      'path',
      path,
      'Member must have length less than or equal to 512',
    );
  }
  if (!/^(\/|\/[\u0021-\u007E]+\/)$/.test(path)) {
    throw constraintError(
      'path',
      path,
      'Member must satisfy regular expression pattern: ' +
        '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)',
    );
  }
  return path;
}

/**
 * What still hangs on a user, in AWS's words ("Cannot delete entity, must
 * delete login profile first."): AWS refuses DeleteUser until each is gone.
 */
function deleteConflict(user: SandboxUser): string | undefined {
  if (user.loginProfile) return 'delete login profile';
  if (user.accessKeys.length > 0) return 'delete access keys';
  if (user.mfaDevices.length > 0) return 'delete MFA device';
  if (user.groups.length > 0) return 'remove users from group';
  if (user.inlinePolicies.size > 0) return 'delete policies';
  if (user.attachedPolicies.length > 0) return 'detach all policies';
  return undefined;
}

function pathPrefixFilter(prefix: string | undefined) {
  return (user: SandboxUser) =>
    prefix === undefined || user.path.startsWith(prefix);
}

/** Adds a user to the account, as CreateUser and the seeder both do. */
export function addUser(
  account: SandboxAccount,
  userName: string,
  options: { path?: string; createDate?: Date } = {},
): SandboxUser {
  if (account.users.has(nameKey(userName))) {
    throw new IamError(
      'EntityAlreadyExists',
      `User with name ${userName} already exists.`,
    );
  }
  const path = options.path ?? '/';
  const user: SandboxUser = {
    userName,
    userId: uniqueId(account.random, 'AIDA'),
    path,
    arn: `arn:aws:iam::${account.accountId}:user${path}${userName}`,
    createDate: options.createDate ?? account.clock.now(),
    tags: [],
    accessKeys: [],
    mfaDevices: [],
    groups: [],
    inlinePolicies: new Map(),
    attachedPolicies: [],
  };
  account.users.set(nameKey(userName), user);
  return user;
}

export const userActions: ActionTable = {
  ListUsers: ({ account, params }) => {
    const users = [...account.users.values()].filter(
      pathPrefixFilter(params.optional('PathPrefix')),
    );
    const { items, ...page } = paginate(users, params);
    return {
      Users: items.map((user) => userShape(user, { withTags: false })),
      ...page,
    };
  },

  GetUser: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    return { User: userShape(user, { withTags: true }) };
  },

  CreateUser: ({ account, params }) => {
    const userName = params.name('UserName');
    const path = readPath(params.optional('Path'));
    const tags = mergeTags([], readTags(params));

    const user = addUser(account, userName, { path });
    user.tags = tags;
    return { User: userShape(user, { withTags: true }) };
  },

  DeleteUser: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    const conflict = deleteConflict(user);
    if (conflict) {
      throw new IamError(
        'DeleteConflict',
        `Cannot delete entity, must ${conflict} first.`,
      );
    }
    account.users.delete(nameKey(user.userName));
    for (const [id, session] of account.sessions) {
      if (session.userKey === nameKey(user.userName)) {
        account.sessions.delete(id);
      }
    }
    return undefined;
  },

  ...userTagActions,
};
