import type { ActionTable } from '../action.js';
import { IamError, noSuchEntity } from '../errors.js';
import { uniqueId } from '../ids.js';
import { findGroup, findUser } from '../lookup.js';
import { paginate } from '../pagination.js';
import { optionalPath } from '../paths.js';
import { userShape } from '../shapes.js';
import {
  nameKey,
  type SandboxAccount,
  type SandboxGroup,
  type SandboxUser,
} from '../state.js';
import type { XmlValue } from '../xml.js';

const MAX_GROUPS_PER_USER = 10;

/** Adds a group to the account, as CreateGroup and the seeder both do. */
export function addGroup(
  account: SandboxAccount,
  groupName: string,
  options: { path?: string; createDate?: Date } = {},
): SandboxGroup {
  if (account.groups.has(nameKey(groupName))) {
    throw new IamError(
      'EntityAlreadyExists',
      `Group with name ${groupName} already exists.`,
    );
  }
  const path = options.path ?? '/';
  const group: SandboxGroup = {
    groupName,
    groupId: uniqueId(account.random, 'AGPA'),
    path,
    arn: `arn:aws:iam::${account.accountId}:group${path}${groupName}`,
    createDate: options.createDate ?? account.clock.now(),
    inlinePolicies: new Map(),
    attachedPolicies: [],
  };
  account.groups.set(nameKey(groupName), group);
  return group;
}

export function isMember(user: SandboxUser, group: SandboxGroup): boolean {
  const key = nameKey(group.groupName);
  return user.groups.some((name) => nameKey(name) === key);
}

/** Puts a user in a group, within IAM's quota of 10 groups per user. */
export function joinGroup(user: SandboxUser, group: SandboxGroup): void {
  if (isMember(user, group)) return;
  if (user.groups.length >= MAX_GROUPS_PER_USER) {
    throw new IamError(
      'LimitExceeded',
      `Cannot exceed quota for GroupsPerUser: ${MAX_GROUPS_PER_USER}`,
    );
  }
  user.groups.push(group.groupName);
}

export function members(
  account: SandboxAccount,
  group: SandboxGroup,
): SandboxUser[] {
  return [...account.users.values()].filter((user) => isMember(user, group));
}

/** The Group structure of ListGroups, GetGroup and CreateGroup. */
export function groupShape(group: SandboxGroup): Record<string, XmlValue> {
  return {
    Path: group.path,
    GroupName: group.groupName,
    GroupId: group.groupId,
    Arn: group.arn,
    CreateDate: group.createDate,
  };
}

function deleteConflict(message: string): IamError {
  return new IamError('DeleteConflict', message);
}

export const groupActions: ActionTable = {
  CreateGroup: ({ account, params }) => {
    const group = addGroup(account, params.name('GroupName'), {
      path: optionalPath(params),
    });
    return { Group: groupShape(group) };
  },

  GetGroup: ({ account, params }) => {
    const group = findGroup(account, params.name('GroupName'));
    const { items, ...page } = paginate(members(account, group), params);
    return {
      Group: groupShape(group),
      Users: items.map((user) => userShape(user, { withTags: false })),
      ...page,
    };
  },

  ListGroups: ({ account, params }) => {
    const prefix = params.optional('PathPrefix') ?? '/';
    const groups = [...account.groups.values()].filter((group) =>
      group.path.startsWith(prefix),
    );
    const { items, ...page } = paginate(groups, params);
    return { Groups: items.map(groupShape), ...page };
  },

  ListGroupsForUser: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    const groups = user.groups.map((name) => findGroup(account, name));
    const { items, ...page } = paginate(groups, params);
    return { Groups: items.map(groupShape), ...page };
  },

  AddUserToGroup: ({ account, params }) => {
    const group = findGroup(account, params.name('GroupName'));
    const user = findUser(account, params.name('UserName'));
    joinGroup(user, group);
    return undefined;
  },

  RemoveUserFromGroup: ({ account, params }) => {
    const group = findGroup(account, params.name('GroupName'));
    const user = findUser(account, params.name('UserName'));
    if (!isMember(user, group)) {
      throw noSuchEntity(
        `The user with name ${user.userName} cannot be found in group ` +
          `${group.groupName}.`,
      );
    }
    const key = nameKey(group.groupName);
    user.groups = user.groups.filter((name) => nameKey(name) !== key);
    return undefined;
  },

  DeleteGroup: ({ account, params }) => {
    const group = findGroup(account, params.name('GroupName'));

    // IAM refuses to delete a group that still has anything in it, and
    // says which kind of thing to remove first.
    if (members(account, group).length > 0) {
      throw deleteConflict(
        'Cannot delete entity, must remove users from group first.',
      );
    }
    if (group.inlinePolicies.size > 0) {
      throw deleteConflict('Cannot delete entity, must delete policies first.');
    }
    if (group.attachedPolicies.length > 0) {
      throw deleteConflict(
        'Cannot delete entity, must detach all policies first.',
      );
    }

    account.groups.delete(nameKey(group.groupName));
    return undefined;
  },
};
