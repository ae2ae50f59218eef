import {
  GetAccessKeyLastUsedCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  type IAMClient,
  paginateListAccessKeys,
  paginateListAttachedUserPolicies,
  paginateListGroupsForUser,
  paginateListMFADevices,
  paginateListUserPolicies,
} from '@aws-sdk/client-iam';
import { mfaDeviceType } from '../model/mfaDevices.js';
import type { AccessKey, MfaDevice, UserDetail } from '../model/types.js';
import { hasCode } from './errors.js';

async function collect<Page, Item>(
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of pages) items.push(...(itemsOf(page) ?? []));
  return items;
}

async function loginProfile(
  iam: IAMClient,
  userName: string,
  abortSignal?: AbortSignal,
) {
  try {
    const { LoginProfile } = await iam.send(
      new GetLoginProfileCommand({ UserName: userName }),
      { abortSignal },
    );
    return {
      createdAt: LoginProfile?.CreateDate ?? new Date(0),
      passwordResetRequired: LoginProfile?.PasswordResetRequired ?? false,
    };
  } catch (error) {
    // No login profile is how IAM says "no console access".
    if (hasCode(error, 'NoSuchEntity')) return null;
    throw error;
  }
}

async function accessKeys(
  iam: IAMClient,
  userName: string,
  abortSignal?: AbortSignal,
): Promise<AccessKey[]> {
  const metadata = await collect(
    paginateListAccessKeys({ client: iam }, { UserName: userName }),
    (page) => page.AccessKeyMetadata,
  );
  return Promise.all(
    metadata.map(async (key) => {
      const { AccessKeyLastUsed: used } = await iam.send(
        new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }),
        { abortSignal },
      );
      return {
        accessKeyId: key.AccessKeyId ?? null,
        status: key.Status === 'Active' ? 'Active' : 'Inactive',
        createdAt: key.CreateDate ?? null,
        lastUsedAt: used?.LastUsedDate ?? null,
        lastUsedService: notApplicable(used?.ServiceName),
        lastUsedRegion: notApplicable(used?.Region),
      } satisfies AccessKey;
    }),
  );
}

/** AWS answers "N/A" for a key that was never used. */
function notApplicable(value: string | undefined): string | null {
  return value === undefined || value === 'N/A' ? null : value;
}

async function mfaDevices(
  iam: IAMClient,
  userName: string,
): Promise<MfaDevice[]> {
  const devices = await collect(
    paginateListMFADevices({ client: iam }, { UserName: userName }),
    (page) => page.MFADevices,
  );
  return devices.map((device) => ({
    serialNumber: device.SerialNumber ?? null,
    type: mfaDeviceType(device.SerialNumber ?? ''),
    enabledAt: device.EnableDate ?? null,
  }));
}

/**
 * Reads one user live, in calls that all run at once: the user screen's
 * detail, the row that replaces a user's inventory row after a refresh
 * or a write, and the per-user fallback when the credential report is
 * denied.
 */
export async function readUserLive(
  iam: IAMClient,
  userName: string,
  abortSignal?: AbortSignal,
): Promise<UserDetail> {
  const input = { UserName: userName };
  const [user, profile, keys, devices, groups, attached, inline] =
    await Promise.all([
      iam.send(new GetUserCommand(input), { abortSignal }),
      loginProfile(iam, userName, abortSignal),
      accessKeys(iam, userName, abortSignal),
      mfaDevices(iam, userName),
      collect(
        paginateListGroupsForUser({ client: iam }, input),
        (p) => p.Groups,
      ),
      collect(
        paginateListAttachedUserPolicies({ client: iam }, input),
        (p) => p.AttachedPolicies,
      ),
      collect(
        paginateListUserPolicies({ client: iam }, input),
        (p) => p.PolicyNames,
      ),
    ]);
  const identity = user.User;

  return {
    record: {
      userName: identity?.UserName ?? userName,
      arn: identity?.Arn ?? '',
      userId: identity?.UserId ?? null,
      path: identity?.Path ?? '/',
      createdAt: identity?.CreateDate ?? new Date(0),
      passwordEnabled: profile !== null,
      passwordLastUsed: identity?.PasswordLastUsed ?? null,
      passwordLastChanged: null,
      mfaActive: devices.length > 0,
      mfaDevices: devices,
      accessKeys: keys,
      groups: groups.map((group) => group.GroupName ?? ''),
      attachedPolicies: attached.map((policy) => policy.PolicyArn ?? ''),
      inlinePolicies: inline,
      source: 'live',
      asOf: new Date(),
    },
    tags: (identity?.Tags ?? []).map((tag) => ({
      key: tag.Key ?? '',
      value: tag.Value ?? '',
    })),
    loginProfile: profile,
  };
}
