import type { ActionTable } from '../action.js';
import { IamError } from '../errors.js';
import { uniqueId } from '../ids.js';
import { targetUser } from '../lookup.js';
import { paginate } from '../pagination.js';
import { userShape } from '../shapes.js';
import { nameKey, type SandboxAccount, type SandboxUser } from '../state.js';

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
    const user = addUser(account, params.name('UserName'), {
      path: params.optional('Path'),
    });
    return { User: userShape(user, { withTags: true }) };
  },
};
