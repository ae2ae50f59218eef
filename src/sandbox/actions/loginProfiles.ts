import type { ActionTable } from '../action.js';
import { IamError, noSuchEntity } from '../errors.js';
import { findUser, targetUser } from '../lookup.js';
import { constraintError, type Params } from '../params.js';
import type {
  SandboxLoginProfile,
  SandboxPasswordPolicy,
  SandboxUser,
} from '../state.js';

/** The symbols IAM's password policy counts as symbols. */
const SYMBOLS = /[!@#$%^&*()_+\-=[\]{}|']/;

/**
 * AWS's default policy, in force while the account has no password policy
 * of its own (IAM User Guide, "Set an account password policy for IAM
 * users", Default password policy): at least 8 characters, and at least
 * three of uppercase letters, lowercase letters, numbers and symbols.
 */
const DEFAULT_MINIMUM_LENGTH = 8;

function characterKinds(password: string) {
  return {
    uppercase: /[A-Z]/.test(password),
    lowercase: /[a-z]/.test(password),
    number: /[0-9]/.test(password),
    symbol: SYMBOLS.test(password),
  };
}

/** Why `password` breaks the account's password policy, if it does. */
function policyViolation(
  password: string,
  policy: SandboxPasswordPolicy | undefined,
): string | undefined {
  const kinds = characterKinds(password);
  const minimum = policy?.minimumPasswordLength ?? DEFAULT_MINIMUM_LENGTH;
  if (password.length < minimum) {
    return `Password should have a minimum length of ${minimum}`;
  }

  if (!policy) {
    const present = Object.values(kinds).filter(Boolean).length;
    return present >= 3
      ? undefined
      : 'Password should contain at least three of: uppercase letters, ' +
          'lowercase letters, numbers and symbols';
  }

  // LIMITATION: passwordReusePrevention is not enforced: the sandbox keeps
  // only the current password, so a reused older password is accepted.
  if (policy.requireUppercaseCharacters && !kinds.uppercase) {
    return 'Password should have at least one uppercase letter';
  }
  if (policy.requireLowercaseCharacters && !kinds.lowercase) {
    return 'Password should have at least one lowercase letter';
  }
  if (policy.requireNumbers && !kinds.number) {
    return 'Password should have at least one number';
  }
  if (policy.requireSymbols && !kinds.symbol) {
    return 'Password should have at least one symbol';
  }
  return undefined;
}

/** Reads Password and checks it against the account's password policy. */
function readPassword(
  params: Params,
  policy: SandboxPasswordPolicy | undefined,
): string {
  const password = params.required('Password');
  if (password.length > 128 || !/^[\t\n\r\u0020-\u00FF]+$/.test(password)) {
    // Never echo the password itself, not even in an error.
    throw constraintError(
      'password',
      '***',
      'Member must have length less than or equal to 128 and satisfy ' +
        'regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
    );
  }
  const violation = policyViolation(password, policy);
  if (violation) throw new IamError('PasswordPolicyViolation', violation);
  return password;
}

function profileOf(user: SandboxUser): SandboxLoginProfile {
  if (!user.loginProfile) {
    throw noSuchEntity(
      `Login Profile for User ${user.userName} cannot be found.`,
    );
  }
  return user.loginProfile;
}

/** The LoginProfile structure: never the password. */
function profileShape(user: SandboxUser, profile: SandboxLoginProfile) {
  return {
    LoginProfile: {
      UserName: user.userName,
      CreateDate: profile.createDate,
      PasswordResetRequired: profile.passwordResetRequired,
    },
  };
}

export const loginProfileActions: ActionTable = {
  CreateLoginProfile: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    if (user.loginProfile) {
      throw new IamError(
        'EntityAlreadyExists',
        `Login Profile for user ${user.userName} already exists.`,
      );
    }
    const password = readPassword(params, account.passwordPolicy);

    const now = account.clock.now();
    user.loginProfile = {
      createDate: now,
      passwordResetRequired: params.bool('PasswordResetRequired') ?? false,
      password,
      passwordLastChanged: now,
    };
    return profileShape(user, user.loginProfile);
  },

  GetLoginProfile: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    return profileShape(user, profileOf(user));
  },

  UpdateLoginProfile: ({ account, params }) => {
    const user = findUser(account, params.name('UserName'));
    const profile = profileOf(user);
    const resetRequired = params.bool('PasswordResetRequired');
    const password =
      params.optional('Password') === undefined
        ? undefined
        : readPassword(params, account.passwordPolicy);

    if (password !== undefined) {
      profile.password = password;
      profile.passwordLastChanged = account.clock.now();
    }
    if (resetRequired !== undefined) {
      profile.passwordResetRequired = resetRequired;
    }
    return undefined;
  },

  DeleteLoginProfile: ({ account, params, caller }) => {
    const user = targetUser(
      account,
      params.optionalName('UserName'),
      caller.user,
    );
    profileOf(user);
    delete user.loginProfile;
    return undefined;
  },
};
