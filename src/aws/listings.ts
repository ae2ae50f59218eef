import {
  type IAMClient,
  paginateGetAccountAuthorizationDetails,
  paginateListUsers,
  paginateListVirtualMFADevices,
  type User,
  type UserDetail as SdkUserDetail,
  type VirtualMFADevice,
} from '@aws-sdk/client-iam';
import type { LoadProgress } from '../model/types.js';

/** The largest page IAM serves; fewer pages, fewer calls. */
const PAGE_SIZE = 1000;

export async function listVirtualMfaDevices(
  iam: IAMClient,
): Promise<VirtualMFADevice[]> {
  const devices: VirtualMFADevice[] = [];
  const pages = paginateListVirtualMFADevices(
    { client: iam, pageSize: PAGE_SIZE },
    { AssignmentStatus: 'Any' },
  );
  for await (const page of pages)
    devices.push(...(page.VirtualMFADevices ?? []));
  return devices;
}

/** Every user with groups and policy names, a thousand to a page. */
export async function listUserDetails(
  iam: IAMClient,
  onProgress: (progress: LoadProgress) => void,
): Promise<SdkUserDetail[]> {
  const users: SdkUserDetail[] = [];
  const pages = paginateGetAccountAuthorizationDetails(
    { client: iam, pageSize: PAGE_SIZE },
    { Filter: ['User'] },
  );
  let pageCount = 0;
  for await (const page of pages) {
    users.push(...(page.UserDetailList ?? []));
    onProgress({
      step: `reading users and their groups (page ${++pageCount})`,
      done: users.length,
    });
  }
  return users;
}

export async function listUsers(iam: IAMClient): Promise<User[]> {
  const users: User[] = [];
  const pages = paginateListUsers({ client: iam, pageSize: PAGE_SIZE }, {});
  for await (const page of pages) users.push(...(page.Users ?? []));
  return users;
}
