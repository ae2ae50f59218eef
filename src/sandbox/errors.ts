/** Where AWS says the fault lies: the caller (Sender) or AWS (Receiver). */
export type ErrorType = 'Sender' | 'Receiver';

/** The HTTP status AWS IAM and STS answer for each error code. */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  LimitExceeded: 409,
  DeleteConflict: 409,
  ConcurrentModification: 409,
  InvalidInput: 400,
  MalformedPolicyDocument: 400,
  ValidationError: 400,
  MissingParameter: 400,
  InvalidAction: 400,
  InvalidParameterValue: 400,
  MalformedQueryString: 404,
  Throttling: 400,
  AccessDenied: 403,
  InvalidAuthenticationCode: 403,
  InvalidClientTokenId: 403,
  IncompleteSignature: 400,
  ReportInProgress: 404,
  ReportNotPresent: 410,
  ReportExpired: 410,
  CredentialReportNotPresent: 410,
  PasswordPolicyViolation: 400,
  EntityTemporarilyUnmodifiable: 409,
  MissingAction: 400,
  MissingAuthenticationToken: 403,
  SignatureDoesNotMatch: 403,
  ExpiredToken: 403,
  ServiceFailure: 500,
  // The sandbox's own answer to a body over 1 MiB; AWS documents none.
  RequestEntityTooLarge: 413,
};

/** An error the sandbox answers with, exactly as AWS would shape it. */
export class IamError extends Error {
  readonly code: string;
  readonly status: number;
  readonly type: ErrorType;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'IamError';
    this.code = code;
    this.status = STATUS_BY_CODE[code] ?? 400;
    this.type = this.status >= 500 ? 'Receiver' : 'Sender';
  }
}

export function noSuchEntity(message: string): IamError {
  return new IamError('NoSuchEntity', message);
}

export function validationError(message: string): IamError {
  return new IamError('ValidationError', message);
}
