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

const NETWORK_CODES = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ECONNRESET',
  'EAI_AGAIN',
];

interface Failure {
  code: string;
  /** The SDK error's own `code` (Node's, for network errors). */
  systemCode: string | undefined;
  awsSays: string;
  doing: string;
  /** The --profile in use, if one was named. */
  profile: string | undefined;
}

/** The first rule that matches explains the failure; order matters. */
const RULES: ReadonlyArray<{
  matches: (failure: Failure) => boolean;
  explain: (failure: Failure) => string;
}> = [
  {
    matches: ({ awsSays }) =>
      /could not resolve credentials using profile|profile .* could not be found/i.test(
        awsSays,
      ),
    explain: ({ awsSays }) =>
      `${awsSays.replace(/\.$/, '')}. Check the profile name in ` +
      '~/.aws/config and ~/.aws/credentials.',
  },
  {
    matches: ({ code, profile }) =>
      code === 'CredentialsProviderError' && profile !== undefined,
    explain: ({ doing, profile }) =>
      `No AWS credentials could be loaded for profile ${profile} while ` +
      `${doing}. Check that it exists in ~/.aws/config or ` +
      `~/.aws/credentials; for SSO, run \`aws sso login --profile ${profile}\`.`,
  },
  {
    matches: ({ code }) => code === 'CredentialsProviderError',
    explain: ({ doing }) =>
      `No AWS credentials were found while ${doing}. Pass --profile, set ` +
      'AWS_PROFILE, run `aws configure` or `aws sso login`, or try the ' +
      'app with --sandbox.',
  },
  {
    matches: ({ code, awsSays }) =>
      /ExpiredToken|TokenRefreshRequired|SSO session .* expired/i.test(
        code + ' ' + awsSays,
      ),
    explain: ({ code, doing }) =>
      `Your AWS credentials have expired (${code}) while ${doing}. ` +
      'Refresh them (for SSO: `aws sso login`), then press r.',
  },
  {
    matches: ({ code }) =>
      [
        'InvalidClientTokenId',
        'UnrecognizedClientException',
        'SignatureDoesNotMatch',
      ].includes(code),
    explain: ({ code, doing }) =>
      `AWS did not accept the access key (${code}) while ${doing}. ` +
      'Check the credentials of the profile in use.',
  },
  {
    matches: ({ code }) =>
      code === 'AccessDenied' || code === 'AccessDeniedException',
    explain: ({ awsSays, doing }) =>
      `AccessDenied while ${doing}: ${awsSays} ` +
      'Ask for that permission, or use a role that has it.',
  },
  {
    matches: ({ code }) =>
      code === 'Throttling' || code === 'ThrottlingException',
    explain: ({ doing }) =>
      `AWS throttled the requests while ${doing}, even after retries. ` +
      'Wait a minute, then press r.',
  },
  {
    matches: ({ code, systemCode }) =>
      NETWORK_CODES.includes(code) || NETWORK_CODES.includes(systemCode ?? ''),
    explain: ({ code, systemCode, doing }) =>
      `Cannot reach the AWS endpoint while ${doing} ` +
      `(${systemCode ?? code}). Check the network, or the --endpoint-url ` +
      'given.',
  },
];

function sentenceFor(failure: Failure): string {
  const rule = RULES.find((candidate) => candidate.matches(failure));
  if (rule) return rule.explain(failure);
  return `${failure.code} while ${failure.doing}: ${
    failure.awsSays || 'no message from AWS.'
  }`;
}

/** Turns any error from the SDK into an AwsProblem; leaves one alone. */
export function explainAwsError(
  error: unknown,
  doing: string,
  profile?: string,
): AwsProblem {
  if (error instanceof AwsProblem) return error;
  const sdkError = (error ?? {}) as SdkError;
  const code = errorCode(sdkError);
  const failure = {
    code,
    systemCode: sdkError.code,
    awsSays: (sdkError.message ?? '').trim(),
    doing,
    profile,
  };
  return new AwsProblem(sentenceFor(failure), code, { cause: error });
}

/** True for an SDK error with this AWS error code. */
export function hasCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes(errorCode((error ?? {}) as SdkError));
}
