import type { Caller } from './action.js';
import { IamError } from './errors.js';
import type { SandboxRequest } from './service.js';
import { verifySignature } from './signature.js';
import type { SandboxAccount } from './state.js';

/** The parts of a SigV4 Authorization header the sandbox needs. */
export interface SignatureScope {
  accessKeyId: string;
  region: string;
  service: string;
}

const CREDENTIAL_SCOPE =
  /Credential=([A-Z0-9]+)\/\d{8}\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request/;

export function parseAuthorization(header: string | undefined): SignatureScope {
  if (!header) {
    throw new IamError(
      'MissingAuthenticationToken',
      'Request is missing Authentication Token',
    );
  }
  const match = CREDENTIAL_SCOPE.exec(header);
  if (!match?.[1] || !match[2] || !match[3]) {
    throw new IamError(
      'IncompleteSignature',
      'Authorization header requires a Credential parameter of the form ' +
        'KeyId/Date/Region/Service/aws4_request.',
    );
  }
  return { accessKeyId: match[1], region: match[2], service: match[3] };
}

function invalidToken(): IamError {
  return new IamError(
    'InvalidClientTokenId',
    'The security token included in the request is invalid.',
  );
}

interface Identified {
  caller: Caller;
  /** The secret the request must have been signed with. */
  secretAccessKey: string;
}

/**
 * Finds the user who owns the signing key. A key that is unknown or
 * inactive is refused the way AWS refuses it; so is an expired session.
 */
function identifyCaller(
  account: SandboxAccount,
  scope: SignatureScope,
  sessionToken: string | undefined,
): Identified {
  const session = account.sessions.get(scope.accessKeyId);
  if (session) {
    if (session.sessionToken !== sessionToken) throw invalidToken();
    if (session.expiration <= account.clock.now()) {
      throw new IamError(
        'ExpiredToken',
        'The security token included in the request is expired',
      );
    }
    const user = account.users.get(session.userKey);
    if (!user) throw invalidToken();
    return {
      caller: {
        accessKeyId: scope.accessKeyId,
        user,
        mfaAuthenticated: session.mfaAuthenticated,
      },
      secretAccessKey: session.secretAccessKey,
    };
  }

  const userKey = account.accessKeyOwners.get(scope.accessKeyId);
  const user = userKey === undefined ? undefined : account.users.get(userKey);
  const key = user?.accessKeys.find(
    (candidate) => candidate.accessKeyId === scope.accessKeyId,
  );
  if (!user || key?.status !== 'Active') throw invalidToken();
  return {
    caller: { accessKeyId: scope.accessKeyId, user, mfaAuthenticated: false },
    secretAccessKey: key.secretAccessKey,
  };
}

/**
 * Who signed `request`: the SigV4 Authorization header names the key, the
 * account says whose it is, and the signature must match its secret.
 */
export async function authenticate(
  account: SandboxAccount,
  request: SandboxRequest,
): Promise<{ caller: Caller; scope: SignatureScope }> {
  const scope = parseAuthorization(request.headers.authorization);
  const sessionToken = request.headers['x-amz-security-token'];

  const { caller, secretAccessKey } = identifyCaller(
    account,
    scope,
    sessionToken,
  );
  await verifySignature(request, scope, { secretAccessKey, sessionToken });
  return { caller, scope };
}

/** Records the call on the long-term key, for GetAccessKeyLastUsed. */
export function recordKeyUse(
  account: SandboxAccount,
  caller: Caller,
  scope: SignatureScope,
): void {
  const parentId =
    account.sessions.get(caller.accessKeyId)?.parentAccessKeyId ??
    caller.accessKeyId;
  const key = caller.user.accessKeys.find((k) => k.accessKeyId === parentId);
  if (!key) return;
  key.lastUsed = {
    date: account.clock.now(),
    serviceName: scope.service,
    region: scope.region,
  };
}
