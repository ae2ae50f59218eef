import { describe, expect, it } from 'vitest';
import {
  parsePolicyDocument,
  PolicyDocumentError,
} from '../../../src/model/policy/document.js';

const allow = {
  Effect: 'Allow',
  Action: 'iam:ListUsers',
  Resource: '*',
};

function doc(value: unknown): string {
  return JSON.stringify(value);
}

function messageOf(text: string, kind: 'managed' | 'inline' = 'managed') {
  try {
    parsePolicyDocument(text, kind);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyDocumentError);
    return (error as Error).message;
  }
}

describe('parsePolicyDocument', () => {
  it('reads a single statement or a list, with Action or NotAction', () => {
    const one = parsePolicyDocument(
      doc({ Version: '2012-10-17', Statement: allow }),
    );
    expect(one.statements).toHaveLength(1);
    expect(one.statements[0]?.action).toEqual(['iam:ListUsers']);

    const two = parsePolicyDocument(
      doc({
        Version: '2012-10-17',
        Statement: [
          allow,
          {
            Effect: 'Deny',
            NotAction: ['iam:Get*'],
            NotResource: 'arn:aws:iam::*:user/x',
          },
        ],
      }),
    );
    expect(two.statements[1]?.notAction).toEqual(['iam:Get*']);
    expect(two.statements[1]?.notResource).toEqual(['arn:aws:iam::*:user/x']);
  });

  it('reads conditions, with numbers and booleans as strings', () => {
    const parsed = parsePolicyDocument(
      doc({
        Version: '2012-10-17',
        Statement: {
          ...allow,
          Condition: {
            Bool: { 'aws:MultiFactorAuthPresent': true },
            NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
          },
        },
      }),
    );
    expect(parsed.statements[0]?.conditions).toEqual([
      { operator: 'Bool', key: 'aws:MultiFactorAuthPresent', values: ['true'] },
      {
        operator: 'NumericLessThan',
        key: 'aws:MultiFactorAuthAge',
        values: ['3600'],
      },
    ]);
  });

  // IAM's messages for malformed documents, as reported for the real
  // service (moto's test-suite mirrors them): bad JSON, an unknown element
  // or a bad Effect are "Syntax errors in policy."; a managed policy must
  // say Version 2012-10-17; a statement needs actions and resources.
  it.each([
    ['not json', 'Syntax errors in policy.'],
    [doc({ Version: '2012-10-17' }), 'Syntax errors in policy.'],
    [doc({ Version: '2012-10-17', Statement: [] }), 'Syntax errors in policy.'],
    [
      doc({ Version: '2013-10-17', Statement: allow }),
      'Syntax errors in policy.',
    ],
    [
      doc({ Statement: allow }),
      'Policy document must be version 2012-10-17 or greater.',
    ],
    [
      doc({ Version: '2008-10-17', Statement: allow }),
      'Policy document must be version 2012-10-17 or greater.',
    ],
    [
      doc({ Version: '2012-10-17', Statement: { ...allow, Effect: 'Maybe' } }),
      'Syntax errors in policy.',
    ],
    [
      doc({
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Resource: '*' },
      }),
      'Policy statement must contain actions.',
    ],
    [
      doc({
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: 'iam:GetUser' },
      }),
      'Policy statement must contain resources.',
    ],
    [
      doc({
        Version: '2012-10-17',
        Statement: { ...allow, Action: 'invalid' },
      }),
      'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
    ],
    [
      doc({
        Version: '2012-10-17',
        Statement: { ...allow, Resource: 'bucket' },
      }),
      'Resource bucket must be in ARN format or "*".',
    ],
    [
      doc({ Version: '2012-10-17', Statement: { ...allow, Extra: 1 } }),
      'Syntax errors in policy.',
    ],
  ])('refuses %s', (text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  it('lets inline policies use the 2008 version or none', () => {
    expect(
      messageOf(doc({ Version: '2008-10-17', Statement: allow }), 'inline'),
    ).toBeNull();
    expect(messageOf(doc({ Statement: allow }), 'inline')).toBeNull();
  });
});
