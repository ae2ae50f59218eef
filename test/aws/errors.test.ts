import { describe, expect, it } from 'vitest';
import { AwsProblem, explainAwsError, hasCode } from '../../src/aws/errors.js';

/** An error shaped as the SDK throws one for a Query-protocol answer. */
function sdkError(code: string, message: string, name = code) {
  return Object.assign(new Error(message), { name, Code: code });
}

describe('explainAwsError', () => {
  it('says what was refused and what to do for AccessDenied', () => {
    const problem = explainAwsError(
      sdkError(
        'AccessDenied',
        'User: arn:aws:iam::1:user/bob is not authorized to perform: ' +
          'iam:GetCredentialReport',
      ),
      'loading the IAM inventory',
    );
    expect(problem).toBeInstanceOf(AwsProblem);
    expect(problem.code).toBe('AccessDenied');
    expect(problem.message).toContain('iam:GetCredentialReport');
    expect(problem.message).toContain('Ask for that permission');
  });

  it('explains missing credentials without a stack trace', () => {
    const problem = explainAwsError(
      Object.assign(
        new Error('Could not load credentials from any providers'),
        {
          name: 'CredentialsProviderError',
        },
      ),
      'loading the IAM inventory',
    );
    expect(problem.message).toMatch(/No AWS credentials were found/);
    expect(problem.message).toMatch(/--profile/);
    expect(problem.message).not.toMatch(/\n\s+at /);
  });

  it('names an unreachable endpoint', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), {
      code: 'ECONNREFUSED',
    });
    expect(explainAwsError(refused, 'reading user alice').message).toMatch(
      /Cannot reach the AWS endpoint while reading user alice \(ECONNREFUSED\)/,
    );
  });

  it('tells expired credentials apart from wrong ones', () => {
    expect(
      explainAwsError(sdkError('ExpiredToken', 'expired'), 'x').message,
    ).toMatch(/expired/);
    expect(
      explainAwsError(sdkError('InvalidClientTokenId', 'bad'), 'x').message,
    ).toMatch(/did not accept the access key/);
  });

  it('leaves an explained problem as it is', () => {
    const problem = explainAwsError(sdkError('Throttling', 'slow'), 'x');
    expect(explainAwsError(problem, 'y')).toBe(problem);
  });
});

describe('hasCode', () => {
  it('reads the AWS code, not the exception class name', () => {
    const error = sdkError('NoSuchEntity', 'gone', 'NoSuchEntityException');
    expect(hasCode(error, 'NoSuchEntity')).toBe(true);
    expect(hasCode(error, 'AccessDenied')).toBe(false);
    expect(hasCode(undefined, 'NoSuchEntity')).toBe(false);
  });
});
