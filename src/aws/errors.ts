/**
 * An AWS failure explained for a person: what happened, why, and what to
 * do next. `message` is that sentence; `code` is AWS's error code, and
 * the original error (with its stack) stays in `cause` for the debug log.
 */
export class AwsProblem extends Error {
  constructor(
    message: string,
    readonly code: string,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'AwsProblem';
  }
}

interface SdkError {
  /** AWS's error code, as the SDK keeps it for Query-protocol errors. */
  Code?: string;
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

function errorCode(error: SdkError): string {
  return error.Code ?? error.name ?? error.code ?? 'Error';
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ECONNRESET',
  'EAI_AGAIN',
]);

function sentenceFor(code: string, error: SdkError, doing: string): string {
  const awsSays = (error.message ?? '').trim();
  if (code === 'CredentialsProviderError') {
    return (
      `No AWS credentials were found while ${doing}. ` +
      'Pass --profile, set AWS_PROFILE, run `aws configure` or ' +
      '`aws sso login`, or try the app with --sandbox.'
    );
  }
  if (
    /could not resolve credentials using profile|profile .* could not be found/i.test(
      awsSays,
    )
  ) {
    return `${awsSays}. Check the profile name in ~/.aws/config and ~/.aws/credentials.`;
  }
  if (
    /ExpiredToken|TokenRefreshRequired|SSO session .* expired/i.test(
      code + awsSays,
    )
  ) {
    return (
      `Your AWS credentials have expired (${code}) while ${doing}. ` +
      'Refresh them (for SSO: `aws sso login`), then press r.'
    );
  }
  if (
    code === 'InvalidClientTokenId' ||
    code === 'UnrecognizedClientException' ||
    code === 'SignatureDoesNotMatch'
  ) {
    return (
      `AWS did not accept the access key (${code}) while ${doing}. ` +
      'Check the credentials of the profile in use.'
    );
  }
  if (code === 'AccessDenied' || code === 'AccessDeniedException') {
    return (
      `AccessDenied while ${doing}: ${awsSays} ` +
      'Ask for that permission, or use a role that has it.'
    );
  }
  if (code === 'Throttling' || code === 'ThrottlingException') {
    return (
      `AWS throttled the requests while ${doing}, even after retries. ` +
      'Wait a minute, then press r.'
    );
  }
  if (NETWORK_CODES.has(code) || NETWORK_CODES.has(error.code ?? '')) {
    return (
      `Cannot reach the AWS endpoint while ${doing} (${error.code ?? code}). ` +
      'Check the network, or the --endpoint-url given.'
    );
  }
  return `${code} while ${doing}: ${awsSays || 'no message from AWS.'}`;
}

/** Turns any error from the SDK into an AwsProblem; leaves one alone. */
export function explainAwsError(error: unknown, doing: string): AwsProblem {
  if (error instanceof AwsProblem) return error;
  const sdkError = (error ?? {}) as SdkError;
  const code = errorCode(sdkError);
  return new AwsProblem(sentenceFor(code, sdkError, doing), code, {
    cause: error,
  });
}

/** True for an SDK error with this AWS error code. */
export function hasCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes(errorCode((error ?? {}) as SdkError));
}
