import type { ActionTable } from '../action.js';
import { IamError, noSuchEntity } from '../errors.js';
import { secretAccessKey, uniqueId } from '../ids.js';
import { targetUser } from '../lookup.js';
import { paginate } from '../pagination.js';
import { constrained, constraintError, type Params } from '../params.js';
import {
  nameKey,
  type KeyStatus,
  type SandboxAccessKey,
  type SandboxAccount,
  type SandboxUser,
} from '../state.js';

/** IAM's quota: two access keys per user, active or not. */
const ACCESS_KEYS_PER_USER = 2;

function readAccessKeyId(params: Params): string {
  return constrained('accessKeyId', params.optional('AccessKeyId'), {
    min: 16,
    max: 128,
    pattern: '[\\w]+',
  });
}

function readStatus(params: Params): KeyStatus {
  const status = params.required('Status');
  if (status !== 'Active' && status !== 'Inactive') {
    throw constraintError(
      'status',
      status,
      'Member must satisfy enum value set: [Active, Inactive]',
    );
  }
  return status;
}

function findKey(user: SandboxUser, accessKeyId: string): SandboxAccessKey {
  const key = user.accessKeys.find((k) => k.accessKeyId === accessKeyId);
  if (!key) {
    throw noSuchEntity(
      `The Access Key with id ${accessKeyId} cannot be found.`,
    );
  }
  return key;
}

/** The owner of a key anywhere in the account, for GetAccessKeyLastUsed. */
function ownerOf(account: SandboxAccount, accessKeyId: string): SandboxUser {
  const userKey = account.accessKeyOwners.get(accessKeyId);
  const user = userKey === undefined ? undefined : account.users.get(userKey);
  if (!user) {
    throw noSuchEntity(
      `The Access Key with id ${accessKeyId} cannot be found.`,
    );
  }
  return user;
}

function metadataShape(user: SandboxUser, key: SandboxAccessKey) {
  return {
    UserName: user.userName,
    AccessKeyId: key.accessKeyId,
    Status: key.status,
    CreateDate: key.createDate,
  };
}

/** UserName left out means the caller's own keys, as in AWS. */
export const accessKeyActions: ActionTable = {
  CreateAccessKey: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    if (user.accessKeys.length >= ACCESS_KEYS_PER_USER) {
      throw new IamError(
        'LimitExceeded',
        `Cannot exceed quota for AccessKeysPerUser: ${ACCESS_KEYS_PER_USER}`,
      );
    }

    const key: SandboxAccessKey = {
      accessKeyId: uniqueId(account.random, 'AKIA'),
      secretAccessKey: secretAccessKey(account.random),
      status: 'Active',
      createDate: account.clock.now(),
    };
    user.accessKeys.push(key);
    account.accessKeyOwners.set(key.accessKeyId, nameKey(user.userName));

    // The only answer that ever carries the secret access key.
    return {
      AccessKey: {
        ...metadataShape(user, key),
        SecretAccessKey: key.secretAccessKey,
      },
    };
  },

  ListAccessKeys: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    const { items, ...page } = paginate(user.accessKeys, params);
    return {
      AccessKeyMetadata: items.map((key) => metadataShape(user, key)),
      ...page,
    };
  },

  UpdateAccessKey: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    const key = findKey(user, readAccessKeyId(params));
    key.status = readStatus(params);
    return undefined;
  },

  DeleteAccessKey: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    const key = findKey(user, readAccessKeyId(params));
    user.accessKeys = user.accessKeys.filter((k) => k !== key);
    account.accessKeyOwners.delete(key.accessKeyId);
    return undefined;
  },

  GetAccessKeyLastUsed: ({ account, params }) => {
    const accessKeyId = readAccessKeyId(params);
    const user = ownerOf(account, accessKeyId);
    const { lastUsed } = findKey(user, accessKeyId);

    // AWS answers "N/A" for the service and region of a never-used key.
    return {
      UserName: user.userName,
      AccessKeyLastUsed: {
        LastUsedDate: lastUsed?.date,
        ServiceName: lastUsed?.serviceName ?? 'N/A',
        Region: lastUsed?.region ?? 'N/A',
      },
    };
  },
};
