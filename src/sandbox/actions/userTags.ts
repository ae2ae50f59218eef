import type { ActionTable } from '../action.js';
import { IamError } from '../errors.js';
import { findUser } from '../lookup.js';
import { paginate } from '../pagination.js';
import { constrained, type Params, type StringRule } from '../params.js';
import type { SandboxUser } from '../state.js';

type Tag = SandboxUser['tags'][number];

/** IAM allows 50 tags per user; keys 1-128 and values 0-256 characters. */
const MAX_TAGS_PER_USER = 50;
const TAG_TEXT = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]';
const TAG_KEY: StringRule = { min: 1, max: 128, pattern: `${TAG_TEXT}+` };
const TAG_VALUE: StringRule = { min: 0, max: 256, pattern: `${TAG_TEXT}*` };

/**
 * Reads `Tags.member.N.Key/Value`. IAM tag keys are unique regardless of
 * case, so one request naming a key twice is refused as AWS refuses it.
 */
export function readTags(params: Params): Tag[] {
  const tags = params
    .structList('Tags', ['Key', 'Value'])
    .map((tag, index) => ({
      key: constrained(`tags.${index + 1}.member.key`, tag.Key, TAG_KEY),
      value: constrained(
        `tags.${index + 1}.member.value`,
        tag.Value,
        TAG_VALUE,
      ),
    }));

  const keys = new Set(tags.map((tag) => tag.key.toLowerCase()));
  if (keys.size !== tags.length) {
    throw new IamError(
      'InvalidInput',
      'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
    );
  }
  return tags;
}

/**
 * The user's tags after adding `incoming`: a key given again, in any case,
 * replaces the old tag.
 */
export function mergeTags(
  current: readonly Tag[],
  incoming: readonly Tag[],
): Tag[] {
  const replaced = new Set(incoming.map((tag) => tag.key.toLowerCase()));
  const kept = current.filter((tag) => !replaced.has(tag.key.toLowerCase()));
  if (kept.length + incoming.length > MAX_TAGS_PER_USER) {
    throw new IamError(
      'LimitExceeded',
      `Cannot exceed quota for TagsPerUser: ${MAX_TAGS_PER_USER}`,
    );
  }
  return [...kept, ...incoming];
}

export const userTagActions: ActionTable = {
  TagUser: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    user.tags = mergeTags(user.tags, readTags(params));
    return undefined;
  },

  UntagUser: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    const removed = new Set(
      params.list('TagKeys').map((key) => key.toLowerCase()),
    );
    user.tags = user.tags.filter((tag) => !removed.has(tag.key.toLowerCase()));
    return undefined;
  },

  ListUserTags: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    const { items, ...page } = paginate(user.tags, params);
    return {
      Tags: items.map((tag) => ({ Key: tag.key, Value: tag.value })),
      ...page,
    };
  },
};
