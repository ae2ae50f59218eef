import type { ActionTable } from '../action.js';
import { validationError } from '../errors.js';
import {
  attachmentCounts,
  policyShape,
  versionShape,
} from '../managedPolicies.js';
import { paginate } from '../pagination.js';
import type { Params } from '../params.js';
import { encodePolicyDocument } from '../policyDocuments.js';
import { userShape } from '../shapes.js';
import type {
  InlinePolicies,
  SandboxAccount,
  SandboxGroup,
  SandboxManagedPolicy,
  SandboxUser,
} from '../state.js';
import type { XmlValue } from '../xml.js';
import { groupShape } from './groups.js';

const ENTITY_TYPES = [
  'User',
  'Role',
  'Group',
  'LocalManagedPolicy',
  'AWSManagedPolicy',
] as const;
type EntityType = (typeof ENTITY_TYPES)[number];

type Entity =
  | { type: 'User'; user: SandboxUser }
  | { type: 'Group'; group: SandboxGroup }
  | { type: 'Policy'; policy: SandboxManagedPolicy; count: number };

function readFilter(params: Params): ReadonlySet<EntityType> {
  const asked = params.list('Filter');
  for (const value of asked) {
    if (!(ENTITY_TYPES as readonly string[]).includes(value)) {
      throw validationError(
        `1 validation error detected: Value '[${asked.join(', ')}]' at ` +
          "'filter' failed to satisfy constraint: Member must satisfy " +
          'constraint: [Member must satisfy enum value set: ' +
          `[${ENTITY_TYPES.join(', ')}]]`,
      );
    }
  }
  return new Set(asked.length > 0 ? (asked as EntityType[]) : ENTITY_TYPES);
}

function inlineList(policies: InlinePolicies): XmlValue[] {
  return [...policies].map(([name, document]) => ({
    PolicyName: name,
    PolicyDocument: encodePolicyDocument(document),
  }));
}

function attachedList(account: SandboxAccount, arns: readonly string[]) {
  return arns.map((arn) => ({
    PolicyName: account.policies.get(arn)?.policyName,
    PolicyArn: arn,
  }));
}

/**
 * Everything asked for, in the order IAM pages it: users, then groups,
 * then (the sandbox has no roles) managed policies. AWS managed policies
 * appear only while attached to something, as in IAM's own answer.
 */
function entities(
  account: SandboxAccount,
  filter: ReadonlySet<EntityType>,
): Entity[] {
  const all: Entity[] = [];
  if (filter.has('User')) {
    for (const user of account.users.values()) all.push({ type: 'User', user });
  }
  if (filter.has('Group')) {
    for (const group of account.groups.values()) {
      all.push({ type: 'Group', group });
    }
  }
  const counts = attachmentCounts(account);
  for (const policy of account.policies.values()) {
    const count = counts.get(policy.arn) ?? 0;
    const wanted = policy.awsManaged
      ? filter.has('AWSManagedPolicy') && count > 0
      : filter.has('LocalManagedPolicy');
    if (wanted) all.push({ type: 'Policy', policy, count });
  }
  return all;
}

function userDetail(account: SandboxAccount, user: SandboxUser) {
  return {
    // UserDetail is the User structure without PasswordLastUsed.
    ...userShape(user, { withTags: true }),
    PasswordLastUsed: undefined,
    UserPolicyList: inlineList(user.inlinePolicies),
    GroupList: user.groups,
    AttachedManagedPolicies: attachedList(account, user.attachedPolicies),
  };
}

function groupDetail(account: SandboxAccount, group: SandboxGroup) {
  return {
    ...groupShape(group),
    GroupPolicyList: inlineList(group.inlinePolicies),
    AttachedManagedPolicies: attachedList(account, group.attachedPolicies),
  };
}

function policyDetail(policy: SandboxManagedPolicy, count: number) {
  return {
    ...policyShape(policy, count, { withDescription: true }),
    PolicyVersionList: policy.versions.map((version) =>
      versionShape(policy, version, { withDocument: true }),
    ),
  };
}

export const authorizationDetailsActions: ActionTable = {
  /**
   * MaxItems and Marker page the combined list: one page may end among
   * the users and the next carry on with the rest of them, then groups.
   */
  GetAccountAuthorizationDetails: ({ account, params }) => {
    const all = entities(account, readFilter(params));
    const { items, ...page } = paginate(all, params);

    const users: XmlValue[] = [];
    const groups: XmlValue[] = [];
    const policies: XmlValue[] = [];
    for (const entity of items) {
      if (entity.type === 'User') users.push(userDetail(account, entity.user));
      if (entity.type === 'Group') {
        groups.push(groupDetail(account, entity.group));
      }
      if (entity.type === 'Policy') {
        policies.push(policyDetail(entity.policy, entity.count));
      }
    }
    return {
      UserDetailList: users,
      GroupDetailList: groups,
      RoleDetailList: [],
      Policies: policies,
      ...page,
    };
  },
};
