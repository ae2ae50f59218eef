import { IamError, noSuchEntity } from './errors.js';
import { uniqueId } from './ids.js';
import { encodePolicyDocument } from './policyDocuments.js';
import type {
  SandboxAccount,
  SandboxManagedPolicy,
  SandboxPolicyVersion,
} from './state.js';
import type { XmlValue } from './xml.js';

/** A managed policy to add, by CreatePolicy or by the seeder. */
export interface NewManagedPolicy {
  policyName: string;
  path?: string;
  document: string;
  description?: string;
  awsManaged?: boolean;
  createDate?: Date;
  /** AWS managed policies have long histories: their default is vN. */
  versionNumber?: number;
}

export function addManagedPolicy(
  account: SandboxAccount,
  spec: NewManagedPolicy,
): SandboxManagedPolicy {
  const path = spec.path ?? '/';
  const owner = spec.awsManaged ? 'aws' : account.accountId;
  const arn = `arn:aws:iam::${owner}:policy${path}${spec.policyName}`;
  const taken = [...account.policies.values()].some(
    (policy) =>
      policy.awsManaged === Boolean(spec.awsManaged) &&
      policy.policyName.toLowerCase() === spec.policyName.toLowerCase(),
  );
  if (taken) {
    throw new IamError(
      'EntityAlreadyExists',
      `A policy called ${spec.policyName} already exists. Duplicate names ` +
        'are not allowed.',
    );
  }

  const createDate = spec.createDate ?? account.clock.now();
  const versionNumber = spec.versionNumber ?? 1;
  const policy: SandboxManagedPolicy = {
    policyName: spec.policyName,
    policyId: uniqueId(account.random, 'ANPA'),
    path,
    arn,
    description: spec.description,
    createDate,
    updateDate: createDate,
    defaultVersionId: `v${versionNumber}`,
    versions: [
      { versionId: `v${versionNumber}`, document: spec.document, createDate },
    ],
    nextVersion: versionNumber + 1,
    awsManaged: Boolean(spec.awsManaged),
  };
  account.policies.set(arn, policy);
  return policy;
}

export function findPolicy(
  account: SandboxAccount,
  arn: string,
): SandboxManagedPolicy {
  const policy = account.policies.get(arn);
  if (!policy) throw noSuchEntity(`Policy ${arn} was not found.`);
  return policy;
}

/** The lookup Attach*Policy makes, with the message it fails with. */
export function findAttachablePolicy(
  account: SandboxAccount,
  arn: string,
): SandboxManagedPolicy {
  const policy = account.policies.get(arn);
  if (!policy) {
    throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
  }
  return policy;
}

export function defaultVersion(
  policy: SandboxManagedPolicy,
): SandboxPolicyVersion {
  const version = policy.versions.find(
    (candidate) => candidate.versionId === policy.defaultVersionId,
  );
  if (!version) throw new Error(`${policy.arn} lost its default version`);
  return version;
}

/**
 * How many users and groups each managed policy is attached to. Counted
 * from the attachments themselves, so it can never drift from them.
 */
export function attachmentCounts(account: SandboxAccount): Map<string, number> {
  const counts = new Map<string, number>();
  const holders = [...account.users.values(), ...account.groups.values()];
  for (const holder of holders) {
    for (const arn of holder.attachedPolicies) {
      counts.set(arn, (counts.get(arn) ?? 0) + 1);
    }
  }
  return counts;
}

/** The Policy structure of GetPolicy, CreatePolicy and ListPolicies. */
export function policyShape(
  policy: SandboxManagedPolicy,
  attachmentCount: number,
  options: { withDescription: boolean },
): Record<string, XmlValue> {
  return {
    PolicyName: policy.policyName,
    PolicyId: policy.policyId,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: attachmentCount,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    Description: options.withDescription ? policy.description : undefined,
    CreateDate: policy.createDate,
    UpdateDate: policy.updateDate,
  };
}

/** The PolicyVersion structure; ListPolicyVersions leaves out Document. */
export function versionShape(
  policy: SandboxManagedPolicy,
  version: SandboxPolicyVersion,
  options: { withDocument: boolean },
): Record<string, XmlValue> {
  return {
    Document: options.withDocument
      ? encodePolicyDocument(version.document)
      : undefined,
    VersionId: version.versionId,
    IsDefaultVersion: version.versionId === policy.defaultVersionId,
    CreateDate: version.createDate,
  };
}
