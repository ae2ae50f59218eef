import type { Caller } from './action.js';
import type { Params } from './params.js';
import { nameKey, type SandboxAccount } from './state.js';

/** Actions on the account as a whole: IAM authorizes them on `*`. */
const ACCOUNT_WIDE = new Set([
  'ListUsers',
  'ListGroups',
  'ListPolicies',
  'ListVirtualMFADevices',
  'GetAccountSummary',
  'GetAccountAuthorizationDetails',
  'GenerateCredentialReport',
  'GetCredentialReport',
  'GetAccountPasswordPolicy',
  'UpdateAccountPasswordPolicy',
  'DeleteAccountPasswordPolicy',
  'ListAccountAliases',
  'CreateAccountAlias',
  'DeleteAccountAlias',
]);

function iamArn(
  account: SandboxAccount,
  type: string,
  path: string,
  name: string,
) {
  return `arn:aws:iam::${account.accountId}:${type}${path}${name}`;
}

function userArn(account: SandboxAccount, name: string, params: Params) {
  return (
    account.users.get(nameKey(name))?.arn ??
    iamArn(account, 'user', params.optional('Path') ?? '/', name)
  );
}

/**
 * The resource ARN IAM authorizes an action on, following IAM's table of
 * resource types: a user for user actions (EnableMFADevice and
 * ListMFADevices too), the mfa device for Create/DeleteVirtualMFADevice,
 * the group for group actions (AddUserToGroup included), the policy for
 * policy actions, and the caller itself when UserName is left out.
 */
export function actionResource(
  account: SandboxAccount,
  caller: Caller,
  action: string,
  params: Params,
): string {
  if (ACCOUNT_WIDE.has(action)) return '*';

  if (action.endsWith('VirtualMFADevice')) {
    return (
      params.optional('SerialNumber') ??
      iamArn(
        account,
        'mfa',
        params.optional('Path') ?? '/',
        params.optional('VirtualMFADeviceName') ?? '',
      )
    );
  }

  const groupName = params.optional('GroupName');
  if (groupName !== undefined && action !== 'ListGroupsForUser') {
    return (
      account.groups.get(nameKey(groupName))?.arn ??
      iamArn(account, 'group', params.optional('Path') ?? '/', groupName)
    );
  }

  const userName = params.optional('UserName');
  if (userName !== undefined) return userArn(account, userName, params);

  const policyArn = params.optional('PolicyArn');
  if (policyArn !== undefined) return policyArn;
  if (action === 'CreatePolicy') {
    return iamArn(
      account,
      'policy',
      params.optional('Path') ?? '/',
      params.optional('PolicyName') ?? '',
    );
  }

  // GetAccessKeyLastUsed is about the key's owner, whoever asks.
  const keyOwner = account.accessKeyOwners.get(
    params.optional('AccessKeyId') ?? '',
  );
  const owner =
    keyOwner === undefined ? undefined : account.users.get(keyOwner);
  return owner?.arn ?? caller.user.arn;
}
