import type { ActionContext, ActionTable } from '../action.js';
import { IamError, noSuchEntity } from '../errors.js';
import { findGroup, findUser } from '../lookup.js';
import { paginate } from '../pagination.js';
import {
  checkPolicyDocument,
  encodePolicyDocument,
  policySize,
} from '../policyDocuments.js';
import type { InlinePolicies } from '../state.js';

/** Users and groups hold inline policies the same way; only these differ. */
interface Holder {
  /** `user` or `group`, as IAM's messages say it. */
  kind: 'user' | 'group';
  /** The request field that names the holder, and the answer's. */
  field: 'UserName' | 'GroupName';
  /** IAM's quota on the total size of one holder's inline policies. */
  maxSize: number;
  find(context: ActionContext): { name: string; policies: InlinePolicies };
}

const USER: Holder = {
  kind: 'user',
  field: 'UserName',
  maxSize: 2048,
  find: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    return { name: user.userName, policies: user.inlinePolicies };
  },
};

const GROUP: Holder = {
  kind: 'group',
  field: 'GroupName',
  maxSize: 5120,
  find: ({ account, params }) => {
    const group = findGroup(account, params.name('GroupName'));
    return { name: group.groupName, policies: group.inlinePolicies };
  },
};

function findDocument(holder: Holder, policies: InlinePolicies, name: string) {
  const document = policies.get(name);
  if (document === undefined) {
    throw noSuchEntity(
      `The ${holder.kind} policy with name ${name} cannot be found.`,
    );
  }
  return document;
}

function inlineActions(holder: Holder, noun: 'User' | 'Group'): ActionTable {
  return {
    [`Put${noun}Policy`]: (context) => {
      const { name, policies } = holder.find(context);
      const policyName = context.params.name('PolicyName');
      const document = checkPolicyDocument(
        context.params.required('PolicyDocument'),
        'inline',
      );

      let total = policySize(document);
      for (const [otherName, other] of policies) {
        if (otherName !== policyName) total += policySize(other);
      }
      if (total > holder.maxSize) {
        throw new IamError(
          'LimitExceeded',
          `Maximum policy size of ${holder.maxSize} bytes exceeded for ` +
            `${holder.kind} ${name}`,
        );
      }

      policies.set(policyName, document);
      return undefined;
    },

    [`Get${noun}Policy`]: (context) => {
      const { name, policies } = holder.find(context);
      const policyName = context.params.name('PolicyName');
      const document = findDocument(holder, policies, policyName);
      return {
        [holder.field]: name,
        PolicyName: policyName,
        PolicyDocument: encodePolicyDocument(document),
      };
    },

    [`List${noun}Policies`]: (context) => {
      const { policies } = holder.find(context);
      const { items, ...page } = paginate([...policies.keys()], context.params);
      return { PolicyNames: items, ...page };
    },

    [`Delete${noun}Policy`]: (context) => {
      const { policies } = holder.find(context);
      const policyName = context.params.name('PolicyName');
      findDocument(holder, policies, policyName);
      policies.delete(policyName);
      return undefined;
    },
  };
}

export const inlinePolicyActions: ActionTable = {
  ...inlineActions(USER, 'User'),
  ...inlineActions(GROUP, 'Group'),
};
