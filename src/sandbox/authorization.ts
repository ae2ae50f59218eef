import {
  type PolicyDocument,
  parsePolicyDocument,
} from '../model/policy/document.js';
import { evaluatePolicies } from '../model/policy/evaluate.js';
import type { Caller } from './action.js';
import { STS_ACTIONS } from './actions/index.js';
import { IamError } from './errors.js';
import { defaultVersion } from './managedPolicies.js';
import type { Params } from './params.js';
import { actionResource } from './resources.js';
import { nameKey, type SandboxAccount } from './state.js';

/**
 * STS answers these for any signed request: AWS documents that no policy
 * can deny GetCallerIdentity, and that GetSessionToken needs no
 * permission (it is how a user proves MFA in the first place).
 */
const ALWAYS_ALLOWED = new Set(['GetCallerIdentity', 'GetSessionToken']);

/** Every identity-based policy that applies to the caller's user. */
function identityPolicies(
  account: SandboxAccount,
  caller: Caller,
): PolicyDocument[] {
  const user = caller.user;
  const inline = [...user.inlinePolicies.values()].map((text) =>
    parsePolicyDocument(text, 'inline'),
  );
  const managed = (arns: readonly string[]) =>
    arns
      .map((arn) => account.policies.get(arn))
      .filter((policy) => policy !== undefined)
      .map((policy) => parsePolicyDocument(defaultVersion(policy).document));

  const documents = [...inline, ...managed(user.attachedPolicies)];
  for (const name of user.groups) {
    const group = account.groups.get(nameKey(name));
    if (!group) continue;
    for (const text of group.inlinePolicies.values()) {
      documents.push(parsePolicyDocument(text, 'inline'));
    }
    documents.push(...managed(group.attachedPolicies));
  }
  return documents;
}

/**
 * The request context IAM gives identity policies. A request signed with
 * a long-term access key carries no aws:MultiFactorAuthPresent at all;
 * temporary credentials carry true or false.
 *
 * LIMITATION: aws:MultiFactorAuthAge is never present, because the
 * sandbox does not record when a session's MFA code was given; a
 * statement that tests it with NumericLessThan does not apply (and with
 * ...IfExists always does).
 */
function requestContext(account: SandboxAccount, caller: Caller) {
  const session = account.sessions.get(caller.accessKeyId);
  return {
    'aws:username': caller.user.userName,
    'aws:userid': caller.user.userId,
    'aws:PrincipalArn': caller.user.arn,
    'aws:PrincipalAccount': account.accountId,
    'aws:PrincipalType': 'User',
    'aws:CurrentTime': account.clock.now().toISOString(),
    'aws:MultiFactorAuthPresent': session
      ? String(caller.mfaAuthenticated)
      : undefined,
  };
}

/**
 * Decides whether the caller may perform `action`, the way IAM does for
 * a user in its own account: its inline policies, the managed policies
 * attached to it, and those of its groups; an explicit deny wins.
 */
export function authorize(
  account: SandboxAccount,
  caller: Caller,
  action: string,
  params: Params,
): void {
  if (ALWAYS_ALLOWED.has(action)) return;

  const fullAction = `${action in STS_ACTIONS ? 'sts' : 'iam'}:${action}`;
  const resource = actionResource(account, caller, action, params);
  const { decision } = evaluatePolicies(identityPolicies(account, caller), {
    action: fullAction,
    resource,
    context: requestContext(account, caller),
  });
  if (decision === 'Allow') return;

  const because =
    decision === 'ExplicitDeny'
      ? 'with an explicit deny in an identity-based policy'
      : `because no identity-based policy allows the ${fullAction} action`;
  throw new IamError(
    'AccessDenied',
    `User: ${caller.user.arn} is not authorized to perform: ${fullAction} ` +
      `on resource: ${resource} ${because}`,
  );
}
