import { SeededRandom } from './random.js';

/** The sandbox's notion of now; tests move it to age keys and reports. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export type KeyStatus = 'Active' | 'Inactive';

export interface AccessKeyLastUsed {
  date: Date;
  serviceName: string;
  region: string;
}

export interface SandboxAccessKey {
  accessKeyId: string;
  /** Never logged or listed; returned once, by CreateAccessKey. */
  secretAccessKey: string;
  status: KeyStatus;
  createDate: Date;
  lastUsed?: AccessKeyLastUsed;
}

export interface SandboxLoginProfile {
  createDate: Date;
  passwordResetRequired: boolean;
  /** Kept only to answer like AWS; never returned by any action. */
  password: string;
  passwordLastChanged: Date;
}

/** An MFA device enabled for a user: virtual (in the map) or hardware. */
export interface SandboxMfaAssignment {
  serialNumber: string;
  enableDate: Date;
}

/** A policy embedded in a user or group, kept in insertion order. */
export type InlinePolicies = Map<string, string>;

export interface SandboxUser {
  userName: string;
  userId: string;
  path: string;
  arn: string;
  createDate: Date;
  passwordLastUsed?: Date;
  tags: { key: string; value: string }[];
  loginProfile?: SandboxLoginProfile;
  accessKeys: SandboxAccessKey[];
  mfaDevices: SandboxMfaAssignment[];
  /** Group names as spelled at creation. */
  groups: string[];
  inlinePolicies: InlinePolicies;
  /** ARNs of attached managed policies. */
  attachedPolicies: string[];
}

export interface SandboxGroup {
  groupName: string;
  groupId: string;
  path: string;
  arn: string;
  createDate: Date;
  inlinePolicies: InlinePolicies;
  attachedPolicies: string[];
}

export interface SandboxPolicyVersion {
  versionId: string;
  document: string;
  createDate: Date;
}

export interface SandboxManagedPolicy {
  policyName: string;
  policyId: string;
  path: string;
  arn: string;
  description?: string;
  createDate: Date;
  updateDate: Date;
  defaultVersionId: string;
  versions: SandboxPolicyVersion[];
  /** The number the next CreatePolicyVersion takes (v1, v2, ...). */
  nextVersion: number;
  /** AWS managed policies (arn:aws:iam::aws:policy/...) are read-only. */
  awsManaged: boolean;
}

export interface SandboxVirtualMfaDevice {
  serialNumber: string;
  /** Base32 seed; returned once, by CreateVirtualMFADevice. */
  base32Seed: string;
  createDate: Date;
  /** Set while the device is enabled for a user. */
  userName?: string;
  enableDate?: Date;
}

/** Account password policy, in AWS's field names and defaults. */
export interface SandboxPasswordPolicy {
  minimumPasswordLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  allowUsersToChangePassword: boolean;
  maxPasswordAge?: number;
  passwordReusePrevention?: number;
  hardExpiry: boolean;
}

export interface SandboxRoot {
  createDate: Date;
  passwordLastUsed?: Date;
  mfaEnabled: boolean;
  /** Root's MFA is a hardware device (CIS 1.6) rather than virtual. */
  mfaHardware: boolean;
  accessKeys: { active: boolean; createDate: Date; lastUsed?: Date }[];
}

/** Temporary credentials issued by STS GetSessionToken. */
export interface SandboxSession {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Lower-cased name of the user whose long-term key asked for it. */
  userKey: string;
  /** The long-term key that asked for it. */
  parentAccessKeyId: string;
  mfaAuthenticated: boolean;
  expiration: Date;
}

export interface SandboxCredentialReport {
  generatedAt: Date;
  csv: string;
}

/** Everything one sandboxed AWS account holds. Names are keyed lower-case. */
export interface SandboxAccount {
  accountId: string;
  aliases: string[];
  root: SandboxRoot;
  users: Map<string, SandboxUser>;
  groups: Map<string, SandboxGroup>;
  /** Managed policies by ARN. */
  policies: Map<string, SandboxManagedPolicy>;
  /** Virtual MFA devices by serial number (an ARN). */
  virtualMfaDevices: Map<string, SandboxVirtualMfaDevice>;
  passwordPolicy?: SandboxPasswordPolicy;
  credentialReport?: SandboxCredentialReport;
  /** When GenerateCredentialReport last started one that is not done yet. */
  credentialReportStartedAt?: Date;
  /** Calls that were told the report in progress is not done yet. */
  credentialReportPolls?: number;
  /** Access key id -> lower-cased user name, for request attribution. */
  accessKeyOwners: Map<string, string>;
  /** Temporary credentials by their access key id (ASIA...). */
  sessions: Map<string, SandboxSession>;
  /**
   * The administrator's key pair printed by `mfa-tui sandbox`: it belongs
   * to the seeded admin user and acts with full rights.
   */
  adminAccessKeyId: string;
  random: SeededRandom;
  clock: Clock;
}

export const DEFAULT_ACCOUNT_ID = '123456789012';

export function createAccount(options: {
  seed?: number;
  clock?: Clock;
  accountId?: string;
}): SandboxAccount {
  const clock = options.clock ?? systemClock;
  return {
    accountId: options.accountId ?? DEFAULT_ACCOUNT_ID,
    aliases: [],
    root: {
      createDate: clock.now(),
      mfaEnabled: false,
      mfaHardware: false,
      accessKeys: [],
    },
    users: new Map(),
    groups: new Map(),
    policies: new Map(),
    virtualMfaDevices: new Map(),
    accessKeyOwners: new Map(),
    sessions: new Map(),
    adminAccessKeyId: '',
    random: new SeededRandom(options.seed ?? 1),
    clock,
  };
}

/** Name lookups in IAM are case-insensitive; the stored name keeps case. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}
