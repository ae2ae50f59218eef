import type { ActionContext, ActionTable } from '../action.js';
import { IamError, noSuchEntity } from '../errors.js';
import { findGroup, findUser } from '../lookup.js';
import { findAttachablePolicy } from '../managedPolicies.js';
import { paginate } from '../pagination.js';

/** IAM's quota of managed policies attached to one user or one group. */
const MAX_ATTACHED = 10;

/** Users and groups hold managed policies the same way. */
interface Holder {
  kind: 'user' | 'group';
  /** The quota's name in IAM's LimitExceeded message. */
  quota: string;
  find(context: ActionContext): { name: string; attached: string[] };
}

const USER: Holder = {
  kind: 'user',
  quota: 'PoliciesPerUser',
  find: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    return { name: user.userName, attached: user.attachedPolicies };
  },
};

const GROUP: Holder = {
  kind: 'group',
  quota: 'PoliciesPerGroup',
  find: ({ account, params }) => {
    const group = findGroup(account, params.name('GroupName'));
    return { name: group.groupName, attached: group.attachedPolicies };
  },
};

function attachedActions(holder: Holder, noun: 'User' | 'Group'): ActionTable {
  return {
    [`Attach${noun}Policy`]: (context) => {
      const { attached } = holder.find(context);
      const policy = findAttachablePolicy(
        context.account,
        context.params.required('PolicyArn'),
      );
      if (attached.includes(policy.arn)) return undefined;
      if (attached.length >= MAX_ATTACHED) {
        throw new IamError(
          'LimitExceeded',
          `Cannot exceed quota for ${holder.quota}: ${MAX_ATTACHED}`,
        );
      }
      attached.push(policy.arn);
      return undefined;
    },

    [`Detach${noun}Policy`]: (context) => {
      const { attached } = holder.find(context);
      const arn = context.params.required('PolicyArn');
      const index = attached.indexOf(arn);
      // AWS answers NoSuchEntity when the policy is not attached to it.
      if (index < 0) throw noSuchEntity(`Policy ${arn} was not found.`);
      attached.splice(index, 1);
      return undefined;
    },

    [`ListAttached${noun}Policies`]: (context) => {
      const { attached } = holder.find(context);
      const prefix = context.params.optional('PathPrefix') ?? '/';
      const policies = attached
        .map((arn) => context.account.policies.get(arn))
        .filter((policy) => policy !== undefined)
        .filter((policy) => policy.path.startsWith(prefix));
      const { items, ...page } = paginate(policies, context.params);
      return {
        AttachedPolicies: items.map((policy) => ({
          PolicyName: policy.policyName,
          PolicyArn: policy.arn,
        })),
        ...page,
      };
    },
  };
}

export const attachedPolicyActions: ActionTable = {
  ...attachedActions(USER, 'User'),
  ...attachedActions(GROUP, 'Group'),
};
