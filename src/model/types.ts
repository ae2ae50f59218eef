/**
 * The inventory: plain data that src/aws/ loads, src/model/ derives rows
 * and findings from, and src/screens/ and src/report/ render. No I/O.
 */

/** Where a user's row came from. */
export type RowSource = 'credential-report' | 'live';

export type MfaDeviceType = 'virtual' | 'hardware' | 'unknown';

export interface MfaDevice {
  /** Unknown for a hardware device seen only in the credential report. */
  serialNumber: string | null;
  type: MfaDeviceType;
  enabledAt: Date | null;
}

export type AccessKeyStatus = 'Active' | 'Inactive';

export interface AccessKey {
  /** Null when the row came from the credential report, which has no ids. */
  accessKeyId: string | null;
  status: AccessKeyStatus;
  createdAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedService: string | null;
  lastUsedRegion: string | null;
}

export interface UserRecord {
  userName: string;
  arn: string;
  userId: string | null;
  path: string;
  createdAt: Date;
  /** The user has a login profile (console password). */
  passwordEnabled: boolean;
  passwordLastUsed: Date | null;
  passwordLastChanged: Date | null;
  mfaActive: boolean;
  mfaDevices: MfaDevice[];
  accessKeys: AccessKey[];
  groups: string[];
  /** ARNs of managed policies attached directly to the user. */
  attachedPolicies: string[];
  /** Names of inline policies embedded in the user. */
  inlinePolicies: string[];
  source: RowSource;
  /** When the data in this row was true: report time, or read time. */
  asOf: Date;
}

/** The account password policy in AWS's terms. */
export interface PasswordPolicy {
  minimumPasswordLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  allowUsersToChangePassword: boolean;
  expirePasswords: boolean;
  maxPasswordAge: number | null;
  passwordReusePrevention: number | null;
  hardExpiry: boolean;
}

export interface AccountInfo {
  id: string;
  alias: string | null;
  rootMfaEnabled: boolean;
  /** Null when it cannot be told (no virtual MFA device list). */
  rootHardwareMfa: boolean | null;
  rootAccessKeysPresent: boolean;
  /** Null: the account has no password policy, so AWS's defaults apply. */
  passwordPolicy: PasswordPolicy | null;
}

export interface Caller {
  arn: string;
  accountId: string;
  userId: string;
}

export interface VirtualMfaDevice {
  serialNumber: string;
  createdAt: Date | null;
}

export interface Inventory {
  account: AccountInfo;
  caller: Caller;
  users: UserRecord[];
  /** Virtual MFA devices assigned to no one. */
  orphanedVirtualMfaDevices: VirtualMfaDevice[];
  /** When the inventory finished loading. */
  loadedAt: Date;
  /** How the users were loaded. */
  source: 'credential-report' | 'per-user';
  /** GeneratedTime of the credential report used, if one was. */
  credentialReportGeneratedAt: Date | null;
}

export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  /** A stable rule id, e.g. `console-without-mfa`. */
  id: string;
  severity: Severity;
  title: string;
  /** CIS AWS Foundations v3.0 recommendation, e.g. `1.10`. */
  cis: string | null;
  /** The user it is about; null for account-level findings. */
  userName: string | null;
  /** A short, specific explanation: which key, how old. */
  detail: string;
}

export interface Tag {
  key: string;
  value: string;
}

/** Everything the user screen shows, read live for one user. */
export interface UserDetail {
  record: UserRecord;
  tags: Tag[];
  loginProfile: { createdAt: Date; passwordResetRequired: boolean } | null;
}

/** What the loader is doing, for the progress line. */
export interface LoadProgress {
  /** e.g. "generating the credential report". */
  step: string;
  /** Units done and expected, when they can be counted. */
  done?: number;
  total?: number;
}
