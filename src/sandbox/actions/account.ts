import type { ActionTable } from '../action.js';
import { IamError, noSuchEntity } from '../errors.js';
import { paginate } from '../pagination.js';
import { constrained, type Params } from '../params.js';
import type { SandboxAccount, SandboxPasswordPolicy } from '../state.js';

/** IAM's fixed quotas, by their GetAccountSummary key names. */
const QUOTAS = {
  UsersQuota: 5000,
  GroupsQuota: 300,
  PoliciesQuota: 1500,
  RolesQuota: 1000,
  InstanceProfilesQuota: 1000,
  ServerCertificatesQuota: 20,
  GroupsPerUserQuota: 10,
  AccessKeysPerUserQuota: 2,
  SigningCertificatesPerUserQuota: 2,
  AttachedPoliciesPerUserQuota: 10,
  AttachedPoliciesPerGroupQuota: 10,
  AttachedPoliciesPerRoleQuota: 10,
  VersionsPerPolicyQuota: 5,
  PolicyVersionsInUseQuota: 10000,
  PolicySizeQuota: 6144,
  UserPolicySizeQuota: 2048,
  GroupPolicySizeQuota: 5120,
  RolePolicySizeQuota: 10240,
  AssumeRolePolicySizeQuota: 2048,
} as const;

/** Account aliases: 3-63 of a-z, 0-9 and single inner hyphens. */
const ALIAS_PATTERN = '^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$';

function usage(account: SandboxAccount): Record<string, number> {
  const users = [...account.users.values()];
  const groups = [...account.groups.values()];
  const mfaInUse =
    users.reduce((sum, user) => sum + user.mfaDevices.length, 0) +
    (account.root.mfaEnabled ? 1 : 0);
  const unassignedVirtual = [...account.virtualMfaDevices.values()].filter(
    (device) => device.userName === undefined,
  ).length;
  const attachments = [...users, ...groups].reduce(
    (sum, entity) => sum + entity.attachedPolicies.length,
    0,
  );

  return {
    Users: users.length,
    Groups: groups.length,
    Policies: [...account.policies.values()].filter((p) => !p.awsManaged)
      .length,
    PolicyVersionsInUse: attachments,
    MFADevices: mfaInUse + unassignedVirtual,
    MFADevicesInUse: mfaInUse,
    AccountMFAEnabled: account.root.mfaEnabled ? 1 : 0,
    AccountAccessKeysPresent: account.root.accessKeys.length > 0 ? 1 : 0,
    AccountPasswordPresent: 1,
    AccountSigningCertificatesPresent: 0,
    Roles: 0,
    InstanceProfiles: 0,
    ServerCertificates: 0,
    Providers: 0,
    GlobalEndpointTokenVersion: 1,
  };
}

function accountAlias(params: Params): string {
  return constrained('AccountAlias', params.optional('AccountAlias'), {
    min: 3,
    max: 63,
    pattern: ALIAS_PATTERN,
  });
}

/**
 * UpdateAccountPasswordPolicy replaces the whole policy: a field left out
 * goes back to AWS's default rather than keeping its old value.
 */
function passwordPolicy(params: Params): SandboxPasswordPolicy {
  return {
    minimumPasswordLength:
      params.int('MinimumPasswordLength', { min: 6, max: 128 }) ?? 6,
    requireSymbols: params.bool('RequireSymbols') ?? false,
    requireNumbers: params.bool('RequireNumbers') ?? false,
    requireUppercaseCharacters:
      params.bool('RequireUppercaseCharacters') ?? false,
    requireLowercaseCharacters:
      params.bool('RequireLowercaseCharacters') ?? false,
    allowUsersToChangePassword:
      params.bool('AllowUsersToChangePassword') ?? false,
    maxPasswordAge: params.int('MaxPasswordAge', { min: 1, max: 1095 }),
    passwordReusePrevention: params.int('PasswordReusePrevention', {
      min: 1,
      max: 24,
    }),
    hardExpiry: params.bool('HardExpiry') ?? false,
  };
}

function passwordPolicyShape(policy: SandboxPasswordPolicy) {
  return {
    MinimumPasswordLength: policy.minimumPasswordLength,
    RequireSymbols: policy.requireSymbols,
    RequireNumbers: policy.requireNumbers,
    RequireUppercaseCharacters: policy.requireUppercaseCharacters,
    RequireLowercaseCharacters: policy.requireLowercaseCharacters,
    AllowUsersToChangePassword: policy.allowUsersToChangePassword,
    ExpirePasswords: policy.maxPasswordAge !== undefined,
    MaxPasswordAge: policy.maxPasswordAge,
    PasswordReusePrevention: policy.passwordReusePrevention,
    // AWS leaves HardExpiry out of the answer unless it was turned on.
    HardExpiry: policy.hardExpiry || undefined,
  };
}

export const accountActions: ActionTable = {
  GetAccountSummary: ({ account }) => ({
    SummaryMap: new Map(Object.entries({ ...usage(account), ...QUOTAS })),
  }),

  ListAccountAliases: ({ account, params }) => {
    const { items, ...page } = paginate(account.aliases, params);
    return { AccountAliases: items, ...page };
  },

  // An account has at most one alias: a new one replaces the old.
  CreateAccountAlias: ({ account, params }) => {
    const alias = accountAlias(params);
    if (account.aliases.includes(alias)) {
      throw new IamError(
        'EntityAlreadyExists',
        `The account alias ${alias} already exists.`,
      );
    }
    account.aliases = [alias];
    return undefined;
  },

  DeleteAccountAlias: ({ account, params }) => {
    const alias = accountAlias(params);
    if (!account.aliases.includes(alias)) {
      throw noSuchEntity(`The account alias ${alias} cannot be found.`);
    }
    account.aliases = account.aliases.filter((a) => a !== alias);
    return undefined;
  },

  GetAccountPasswordPolicy: ({ account }) => {
    if (!account.passwordPolicy) {
      throw noSuchEntity(
        `The Password Policy with domain name ${account.accountId} ` +
          'cannot be found.',
      );
    }
    return { PasswordPolicy: passwordPolicyShape(account.passwordPolicy) };
  },

  UpdateAccountPasswordPolicy: ({ account, params }) => {
    account.passwordPolicy = passwordPolicy(params);
    return undefined;
  },

  DeleteAccountPasswordPolicy: ({ account }) => {
    if (!account.passwordPolicy) {
      throw noSuchEntity(
        'The account policy with name PasswordPolicy cannot be found.',
      );
    }
    account.passwordPolicy = undefined;
    return undefined;
  },
};
