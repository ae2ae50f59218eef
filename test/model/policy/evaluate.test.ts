import { describe, expect, it } from 'vitest';
import {
  type PolicyDocument,
  parsePolicyDocument,
} from '../../../src/model/policy/document.js';
import {
  evaluatePolicies,
  type PolicyRequest,
} from '../../../src/model/policy/evaluate.js';

const BOB = 'arn:aws:iam::123456789012:user/bob';
const ALICE = 'arn:aws:iam::123456789012:user/alice';

function policy(...statements: object[]): PolicyDocument {
  return parsePolicyDocument(
    JSON.stringify({ Version: '2012-10-17', Statement: statements }),
  );
}

function request(
  action: string,
  resource = BOB,
  context: PolicyRequest['context'] = { 'aws:username': 'bob' },
): PolicyRequest {
  return { action, resource, context };
}

const adminAccess = policy({ Effect: 'Allow', Action: '*', Resource: '*' });

describe('evaluatePolicies', () => {
  it('denies implicitly when nothing allows', () => {
    expect(evaluatePolicies([], request('iam:ListUsers')).decision).toBe(
      'ImplicitDeny',
    );
  });

  it('allows with wildcards, matching actions regardless of case', () => {
    const readOnly = policy({
      Effect: 'Allow',
      Action: ['iam:Get*', 'iam:List?ser?'],
      Resource: '*',
    });
    expect(evaluatePolicies([readOnly], request('IAM:getuser')).decision).toBe(
      'Allow',
    );
    expect(
      evaluatePolicies([readOnly], request('iam:ListUsers')).decision,
    ).toBe('Allow');
    expect(
      evaluatePolicies([readOnly], request('iam:DeleteUser')).decision,
    ).toBe('ImplicitDeny');
  });

  it('lets an explicit deny beat any allow', () => {
    const denyAll = policy({ Effect: 'Deny', Action: '*', Resource: '*' });
    const result = evaluatePolicies(
      [adminAccess, denyAll],
      request('iam:ListUsers'),
    );
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.statement?.effect).toBe('Deny');
  });

  it('reads NotAction and NotResource as everything but', () => {
    const powerUser = policy({
      Effect: 'Allow',
      NotAction: 'iam:*',
      NotResource: 'arn:aws:s3:::secret*',
    });
    expect(
      evaluatePolicies([powerUser], request('ec2:RunInstances', '*')).decision,
    ).toBe('Allow');
    expect(
      evaluatePolicies([powerUser], request('iam:CreateUser', '*')).decision,
    ).toBe('ImplicitDeny');
    expect(
      evaluatePolicies(
        [powerUser],
        request('s3:GetObject', 'arn:aws:s3:::secret-bucket'),
      ).decision,
    ).toBe('ImplicitDeny');
  });

  it('expands ${aws:username} in resources, case-sensitively', () => {
    const own = policy({
      Effect: 'Allow',
      Action: 'iam:ChangePassword',
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    });
    expect(
      evaluatePolicies([own], request('iam:ChangePassword')).decision,
    ).toBe('Allow');
    expect(
      evaluatePolicies([own], request('iam:ChangePassword', ALICE)).decision,
    ).toBe('ImplicitDeny');
    expect(
      evaluatePolicies([own], request('iam:ChangePassword', BOB, {})).decision,
    ).toBe('ImplicitDeny');
    expect(
      evaluatePolicies(
        [own],
        request('iam:ChangePassword', BOB.replace('bob', 'BOB')),
      ).decision,
    ).toBe('ImplicitDeny');
  });

  describe('conditions', () => {
    // AWS's "manage your own MFA" example denies everything but MFA
    // set-up unless aws:MultiFactorAuthPresent is true; BoolIfExists also
    // catches long-term keys, whose requests lack the key entirely.
    const requireMfa = policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      {
        Effect: 'Deny',
        NotAction: ['iam:ListMFADevices', 'sts:GetSessionToken'],
        Resource: '*',
        Condition: {
          BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
        },
      },
    );

    it('BoolIfExists denies without MFA and when the key is absent', () => {
      const decide = (mfa: string | undefined) =>
        evaluatePolicies(
          [requireMfa],
          request('iam:ListUsers', '*', { 'aws:MultiFactorAuthPresent': mfa }),
        ).decision;
      expect(decide('true')).toBe('Allow');
      expect(decide('false')).toBe('ExplicitDeny');
      expect(decide(undefined)).toBe('ExplicitDeny');
    });

    it('Bool needs the key to be present', () => {
      const mfaOnly = policy({
        Effect: 'Allow',
        Action: 'iam:*',
        Resource: '*',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      });
      const decide = (mfa: string | undefined) =>
        evaluatePolicies(
          [mfaOnly],
          request('iam:ListUsers', '*', { 'aws:multifactorauthpresent': mfa }),
        ).decision;
      expect(decide('true')).toBe('Allow');
      expect(decide('false')).toBe('ImplicitDeny');
      expect(decide(undefined)).toBe('ImplicitDeny');
    });

    it('NumericLessThan on aws:MultiFactorAuthAge', () => {
      const recentMfa = policy({
        Effect: 'Allow',
        Action: 'iam:DeleteUser',
        Resource: '*',
        Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
      });
      const decide = (age: string | undefined) =>
        evaluatePolicies(
          [recentMfa],
          request('iam:DeleteUser', '*', { 'aws:MultiFactorAuthAge': age }),
        ).decision;
      expect(decide('120')).toBe('Allow');
      expect(decide('7200')).toBe('ImplicitDeny');
      expect(decide(undefined)).toBe('ImplicitDeny');
    });

    it('StringEquals and StringLike, any of several values', () => {
      const named = policy({
        Effect: 'Allow',
        Action: 'iam:GetUser',
        Resource: '*',
        Condition: {
          StringEquals: { 'aws:username': ['alice', 'bob'] },
          StringLike: { 'aws:username': 'b*' },
        },
      });
      const decide = (name: string) =>
        evaluatePolicies(
          [named],
          request('iam:GetUser', '*', { 'aws:username': name }),
        ).decision;
      expect(decide('bob')).toBe('Allow');
      expect(decide('alice')).toBe('ImplicitDeny');
      expect(decide('bert')).toBe('ImplicitDeny');
    });

    it('StringNotEquals holds when the key is absent; Null tests presence', () => {
      const notBob = policy({
        Effect: 'Allow',
        Action: 'iam:GetUser',
        Resource: '*',
        Condition: {
          StringNotEquals: { 'aws:username': 'bob' },
          Null: { 'aws:MultiFactorAuthAge': 'true' },
        },
      });
      const decide = (context: PolicyRequest['context']) =>
        evaluatePolicies([notBob], request('iam:GetUser', '*', context))
          .decision;
      expect(decide({})).toBe('Allow');
      expect(decide({ 'aws:username': 'alice' })).toBe('Allow');
      expect(decide({ 'aws:username': 'bob' })).toBe('ImplicitDeny');
      expect(decide({ 'aws:MultiFactorAuthAge': '5' })).toBe('ImplicitDeny');
    });

    it('expands variables in condition values', () => {
      const self = policy({
        Effect: 'Allow',
        Action: 'iam:GetUser',
        Resource: '*',
        Condition: {
          StringEquals: { 'iam:ResourceTag/owner': '${aws:username}' },
        },
      });
      expect(
        evaluatePolicies(
          [self],
          request('iam:GetUser', '*', {
            'aws:username': 'bob',
            'iam:ResourceTag/owner': 'bob',
          }),
        ).decision,
      ).toBe('Allow');
    });
  });
});
