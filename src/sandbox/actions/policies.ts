import type { ActionTable } from '../action.js';
import { IamError, noSuchEntity, validationError } from '../errors.js';
import {
  addManagedPolicy,
  attachmentCounts,
  findPolicy,
  policyShape,
  versionShape,
} from '../managedPolicies.js';
import { paginate } from '../pagination.js';
import type { Params } from '../params.js';
import { optionalPath } from '../paths.js';
import { checkPolicyDocument, policySize } from '../policyDocuments.js';
import type { SandboxAccount, SandboxManagedPolicy } from '../state.js';

const MAX_VERSIONS = 5;
const MAX_POLICY_SIZE = 6144;
const SCOPES = ['All', 'AWS', 'Local'];

function managedDocument(params: Params): string {
  const document = checkPolicyDocument(
    params.required('PolicyDocument'),
    'managed',
  );
  if (policySize(document) > MAX_POLICY_SIZE) {
    throw new IamError(
      'LimitExceeded',
      `Cannot exceed quota for PolicySize: ${MAX_POLICY_SIZE}`,
    );
  }
  return document;
}

/** AWS managed policies belong to AWS: no account may change them. */
function customerManaged(
  account: SandboxAccount,
  arn: string,
  action: string,
  callerArn: string,
): SandboxManagedPolicy {
  const policy = findPolicy(account, arn);
  if (policy.awsManaged) {
    throw new IamError(
      'AccessDenied',
      `User: ${callerArn} is not authorized to perform: iam:${action} on ` +
        `resource: policy ${arn}`,
    );
  }
  return policy;
}

function findVersion(policy: SandboxManagedPolicy, versionId: string) {
  const version = policy.versions.find((v) => v.versionId === versionId);
  if (!version) {
    throw noSuchEntity(
      `Policy ${policy.arn} version ${versionId} does not exist or is not ` +
        'attachable.',
    );
  }
  return version;
}

function scopeFilter(params: Params) {
  const scope = params.optional('Scope') ?? 'All';
  if (!SCOPES.includes(scope)) {
    throw validationError(
      `1 validation error detected: Value '${scope}' at 'scope' failed to ` +
        'satisfy constraint: Member must satisfy enum value set: ' +
        '[All, AWS, Local]',
    );
  }
  return (policy: SandboxManagedPolicy) =>
    scope === 'All' || policy.awsManaged === (scope === 'AWS');
}

export const policyActions: ActionTable = {
  CreatePolicy: ({ account, params }) => {
    const policy = addManagedPolicy(account, {
      policyName: params.name('PolicyName'),
      path: optionalPath(params),
      document: managedDocument(params),
      description: params.optional('Description'),
    });
    return { Policy: policyShape(policy, 0, { withDescription: true }) };
  },

  GetPolicy: ({ account, params }) => {
    const policy = findPolicy(account, params.required('PolicyArn'));
    const count = attachmentCounts(account).get(policy.arn) ?? 0;
    return { Policy: policyShape(policy, count, { withDescription: true }) };
  },

  ListPolicies: ({ account, params }) => {
    const inScope = scopeFilter(params);
    const onlyAttached = params.bool('OnlyAttached') ?? false;
    const prefix = params.optional('PathPrefix') ?? '/';
    const counts = attachmentCounts(account);
    const policies = [...account.policies.values()].filter(
      (policy) =>
        inScope(policy) &&
        policy.path.startsWith(prefix) &&
        (!onlyAttached || (counts.get(policy.arn) ?? 0) > 0),
    );
    const { items, ...page } = paginate(policies, params);
    return {
      Policies: items.map((policy) =>
        policyShape(policy, counts.get(policy.arn) ?? 0, {
          withDescription: false,
        }),
      ),
      ...page,
    };
  },

  DeletePolicy: ({ account, params, caller }) => {
    const arn = params.required('PolicyArn');
    const policy = customerManaged(
      account,
      arn,
      'DeletePolicy',
      caller.user.arn,
    );
    if ((attachmentCounts(account).get(arn) ?? 0) > 0) {
      throw new IamError(
        'DeleteConflict',
        'Cannot delete a policy attached to entities.',
      );
    }
    if (policy.versions.length > 1) {
      throw new IamError(
        'DeleteConflict',
        'This policy has more than one version. Before you delete a policy, ' +
          "you must delete the policy's versions. The default version is " +
          'deleted with the policy.',
      );
    }
    account.policies.delete(arn);
    return undefined;
  },

  GetPolicyVersion: ({ account, params }) => {
    const policy = findPolicy(account, params.required('PolicyArn'));
    const version = findVersion(policy, params.required('VersionId'));
    return {
      PolicyVersion: versionShape(policy, version, { withDocument: true }),
    };
  },

  CreatePolicyVersion: ({ account, params, caller }) => {
    const policy = customerManaged(
      account,
      params.required('PolicyArn'),
      'CreatePolicyVersion',
      caller.user.arn,
    );
    const document = managedDocument(params);
    if (policy.versions.length >= MAX_VERSIONS) {
      throw new IamError(
        'LimitExceeded',
        `A managed policy can have up to ${MAX_VERSIONS} versions. Before ` +
          'you create a new version, you must delete an existing version.',
      );
    }

    const now = account.clock.now();
    const version = {
      versionId: `v${policy.nextVersion}`,
      document,
      createDate: now,
    };
    policy.nextVersion += 1;
    policy.versions.push(version);
    if (params.bool('SetAsDefault') ?? false) {
      policy.defaultVersionId = version.versionId;
      policy.updateDate = now;
    }
    return {
      PolicyVersion: versionShape(policy, version, { withDocument: false }),
    };
  },

  ListPolicyVersions: ({ account, params }) => {
    const policy = findPolicy(account, params.required('PolicyArn'));
    // Newest first, as IAM lists them.
    const versions = [...policy.versions].reverse();
    const { items, ...page } = paginate(versions, params);
    return {
      Versions: items.map((version) =>
        versionShape(policy, version, { withDocument: false }),
      ),
      ...page,
    };
  },

  SetDefaultPolicyVersion: ({ account, params, caller }) => {
    const policy = customerManaged(
      account,
      params.required('PolicyArn'),
      'SetDefaultPolicyVersion',
      caller.user.arn,
    );
    const version = findVersion(policy, params.required('VersionId'));
    policy.defaultVersionId = version.versionId;
    policy.updateDate = account.clock.now();
    return undefined;
  },

  DeletePolicyVersion: ({ account, params, caller }) => {
    const policy = customerManaged(
      account,
      params.required('PolicyArn'),
      'DeletePolicyVersion',
      caller.user.arn,
    );
    const version = findVersion(policy, params.required('VersionId'));
    if (version.versionId === policy.defaultVersionId) {
      throw new IamError(
        'DeleteConflict',
        'Cannot delete the default version of a policy.',
      );
    }
    policy.versions = policy.versions.filter((v) => v !== version);
    return undefined;
  },
};
