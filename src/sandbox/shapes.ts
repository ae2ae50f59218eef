import type { SandboxUser } from './state.js';
import type { XmlValue } from './xml.js';

/** The User structure of ListUsers, GetUser and CreateUser. */
export function userShape(
  user: SandboxUser,
  options: { withTags: boolean },
): Record<string, XmlValue> {
  return {
    Path: user.path,
    UserName: user.userName,
    UserId: user.userId,
    Arn: user.arn,
    CreateDate: user.createDate,
    PasswordLastUsed: user.passwordLastUsed,
    Tags:
      options.withTags && user.tags.length > 0
        ? user.tags.map((tag) => ({ Key: tag.key, Value: tag.value }))
        : undefined,
  };
}
