import {
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  type IAMClient,
  ListAccountAliasesCommand,
  type PasswordPolicy as SdkPasswordPolicy,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import type { Caller, PasswordPolicy } from '../model/types.js';
import { hasCode } from './errors.js';

/** The account-wide facts the inventory needs, in four calls. */
export interface AccountFacts {
  caller: Caller;
  alias: string | null;
  rootMfaEnabled: boolean;
  rootAccessKeysPresent: boolean;
  passwordPolicy: PasswordPolicy | null;
}

function toPasswordPolicy(policy: SdkPasswordPolicy): PasswordPolicy {
  return {
    // AWS leaves fields out where the default applies.
    minimumPasswordLength: policy.MinimumPasswordLength ?? 6,
    requireSymbols: policy.RequireSymbols ?? false,
    requireNumbers: policy.RequireNumbers ?? false,
    requireUppercaseCharacters: policy.RequireUppercaseCharacters ?? false,
    requireLowercaseCharacters: policy.RequireLowercaseCharacters ?? false,
    allowUsersToChangePassword: policy.AllowUsersToChangePassword ?? false,
    expirePasswords: policy.ExpirePasswords ?? false,
    maxPasswordAge: policy.MaxPasswordAge ?? null,
    passwordReusePrevention: policy.PasswordReusePrevention ?? null,
    hardExpiry: policy.HardExpiry ?? false,
  };
}

async function passwordPolicy(iam: IAMClient): Promise<PasswordPolicy | null> {
  try {
    const { PasswordPolicy } = await iam.send(
      new GetAccountPasswordPolicyCommand({}),
    );
    return PasswordPolicy ? toPasswordPolicy(PasswordPolicy) : null;
  } catch (error) {
    // No policy set is a valid state: AWS's defaults apply.
    if (hasCode(error, 'NoSuchEntity')) return null;
    throw error;
  }
}

/** The alias is a label only: without iam:ListAccountAliases, none. */
async function accountAlias(iam: IAMClient): Promise<string | null> {
  try {
    const { AccountAliases } = await iam.send(
      new ListAccountAliasesCommand({}),
    );
    return AccountAliases?.[0] ?? null;
  } catch (error) {
    if (hasCode(error, 'AccessDenied', 'InvalidAction', 'NotImplemented')) {
      return null;
    }
    throw error;
  }
}

export async function loadAccountFacts(
  iam: IAMClient,
  sts: STSClient,
): Promise<AccountFacts> {
  const [identity, alias, summary, policy] = await Promise.all([
    sts.send(new GetCallerIdentityCommand({})),
    accountAlias(iam),
    iam.send(new GetAccountSummaryCommand({})),
    passwordPolicy(iam),
  ]);
  const summaryMap = summary.SummaryMap ?? {};

  return {
    caller: {
      arn: identity.Arn ?? '',
      accountId: identity.Account ?? '',
      userId: identity.UserId ?? '',
    },
    alias,
    rootMfaEnabled: (summaryMap.AccountMFAEnabled ?? 0) > 0,
    rootAccessKeysPresent: (summaryMap.AccountAccessKeysPresent ?? 0) > 0,
    passwordPolicy: policy,
  };
}
