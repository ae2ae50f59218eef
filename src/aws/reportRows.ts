import type {
  UserDetail as SdkUserDetail,
  VirtualMFADevice,
} from '@aws-sdk/client-iam';
import type { CredentialReportRow } from '../model/credentialReport.js';
import type { MfaDevice, UserRecord } from '../model/types.js';

/** Virtual MFA devices by the name of the user they are enabled for. */
export function virtualDevicesByUser(
  devices: readonly VirtualMFADevice[],
): Map<string, MfaDevice[]> {
  const byUser = new Map<string, MfaDevice[]>();
  for (const device of devices) {
    const userName = device.User?.UserName;
    if (!userName || device.User?.Arn?.endsWith(':root')) continue;
    const list = byUser.get(userName) ?? [];
    list.push({
      serialNumber: device.SerialNumber ?? null,
      type: 'virtual',
      enabledAt: device.EnableDate ?? null,
    });
    byUser.set(userName, list);
  }
  return byUser;
}

/**
 * The MFA devices a report-based row can know: the user's virtual devices
 * from the live list and, when the report says MFA is active but no
 * virtual device is enabled, one hardware or FIDO device whose serial only
 * a per-user call would tell.
 */
function mfaDevicesFor(
  row: CredentialReportRow,
  virtual: MfaDevice[] | undefined,
  virtualListKnown: boolean,
): MfaDevice[] {
  if (!virtualListKnown) {
    return row.mfaActive
      ? [{ serialNumber: null, type: 'unknown', enabledAt: null }]
      : [];
  }
  if (virtual && virtual.length > 0) return virtual;
  return row.mfaActive
    ? [{ serialNumber: null, type: 'hardware', enabledAt: null }]
    : [];
}

/** One user's row, from the credential report and authorization details. */
export function recordFromReport(
  detail: SdkUserDetail,
  row: CredentialReportRow,
  generatedAt: Date,
  virtual: Map<string, MfaDevice[]> | null,
): UserRecord {
  const userName = detail.UserName ?? row.user;
  const devices = mfaDevicesFor(row, virtual?.get(userName), virtual !== null);
  return {
    userName,
    arn: detail.Arn ?? row.arn,
    userId: detail.UserId ?? null,
    path: detail.Path ?? '/',
    createdAt: detail.CreateDate ?? row.userCreationTime,
    passwordEnabled: row.passwordEnabled === true,
    passwordLastUsed: row.passwordLastUsed,
    passwordLastChanged: row.passwordLastChanged,
    mfaActive: row.mfaActive || devices.some((d) => d.type === 'virtual'),
    mfaDevices: devices,
    accessKeys: row.accessKeys.map((key) => ({
      accessKeyId: null,
      status: key.active ? 'Active' : 'Inactive',
      createdAt: key.lastRotated,
      lastUsedAt: key.lastUsedDate,
      lastUsedService: key.lastUsedService,
      lastUsedRegion: key.lastUsedRegion,
    })),
    groups: detail.GroupList ?? [],
    attachedPolicies: (detail.AttachedManagedPolicies ?? []).map(
      (policy) => policy.PolicyArn ?? '',
    ),
    inlinePolicies: (detail.UserPolicyList ?? []).map(
      (policy) => policy.PolicyName ?? '',
    ),
    source: 'credential-report',
    asOf: generatedAt,
  };
}
