import type { ActionContext, ActionTable } from '../action.js';
import { IamError } from '../errors.js';
import { secretAccessKey, uniqueId } from '../ids.js';
import { constrained } from '../params.js';
import { nameKey, type SandboxSession } from '../state.js';
import { totpCode } from '../totp.js';

/** GetSessionToken's range for IAM users: 15 minutes to 36 hours. */
const DURATION = { min: 900, max: 129_600, default: 43_200 };

function mfaFailed(message: string): IamError {
  return new IamError(
    'AccessDenied',
    `MultiFactorAuthentication failed${message}`,
  );
}

/**
 * Checks TokenCode against the caller's MFA device named by SerialNumber:
 * RFC 6238 (SHA1, 6 digits, 30 s), one step either way for clock drift.
 */
function verifyMfa(
  { account, caller }: ActionContext,
  serialNumber: string | undefined,
  tokenCode: string | undefined,
): void {
  if (tokenCode !== undefined) {
    constrained('tokenCode', tokenCode, { min: 6, max: 6, pattern: '[\\d]*' });
  }
  const assigned = caller.user.mfaDevices.some(
    (device) => device.serialNumber === serialNumber,
  );
  if (serialNumber === undefined || !assigned) {
    throw mfaFailed(
      ', unable to validate MFA code. Please verify your MFA serial ' +
        'number is valid and associated with this user.',
    );
  }
  if (tokenCode === undefined) {
    throw mfaFailed(' with invalid MFA one time pass code.');
  }

  // LIMITATION: a hardware device has no seed in the sandbox, so any
  // six-digit code is accepted for it; and, unlike AWS, a code may be used
  // again within its 30 seconds.
  const device = account.virtualMfaDevices.get(serialNumber);
  if (!device) return;
  const now = account.clock.now().getTime();
  const valid = [-1, 0, 1].some(
    (steps) =>
      totpCode(device.base32Seed, new Date(now + steps * 30_000)) === tokenCode,
  );
  if (!valid) {
    throw mfaFailed(' with invalid MFA one time pass code.');
  }
}

export const stsActions: ActionTable = {
  GetCallerIdentity: ({ account, caller }) => ({
    UserId: caller.user.userId,
    Account: account.accountId,
    Arn: caller.user.arn,
  }),

  GetSessionToken: (context) => {
    const { account, params, caller } = context;
    if (account.sessions.has(caller.accessKeyId)) {
      throw new IamError(
        'AccessDenied',
        'Cannot call GetSessionToken with session credentials',
      );
    }
    const duration =
      params.int('DurationSeconds', DURATION) ?? DURATION.default;
    const serialNumber = params.optional('SerialNumber');
    const tokenCode = params.optional('TokenCode');
    const withMfa = serialNumber !== undefined || tokenCode !== undefined;
    if (withMfa) verifyMfa(context, serialNumber, tokenCode);

    const session: SandboxSession = {
      accessKeyId: uniqueId(account.random, 'ASIA'),
      secretAccessKey: secretAccessKey(account.random),
      // Opaque to clients; only its equality with the stored one matters.
      sessionToken: Array.from({ length: 5 }, () =>
        secretAccessKey(account.random),
      ).join(''),
      userKey: nameKey(caller.user.userName),
      parentAccessKeyId: caller.accessKeyId,
      mfaAuthenticated: withMfa,
      expiration: new Date(account.clock.now().getTime() + duration * 1000),
    };
    account.sessions.set(session.accessKeyId, session);

    return {
      Credentials: {
        AccessKeyId: session.accessKeyId,
        SecretAccessKey: session.secretAccessKey,
        SessionToken: session.sessionToken,
        Expiration: session.expiration,
      },
    };
  },
};
