import { addManagedPolicy } from '../managedPolicies.js';
import type { SandboxAccount } from '../state.js';

interface AwsPolicy {
  name: string;
  path?: string;
  description: string;
  /** When AWS published it, and which version is current. */
  created: string;
  version: number;
  statements: object[];
}

const ALL = '*';

/**
 * A few of AWS's managed policies, with their real names, paths and
 * descriptions. The broad ones are written out in full; ReadOnlyAccess
 * and SecurityAudit list hundreds of actions in AWS, so they carry a
 * representative subset.
 */
const AWS_POLICIES: readonly AwsPolicy[] = [
  {
    name: 'AdministratorAccess',
    description: 'Provides full access to AWS services and resources.',
    created: '2015-02-06T18:39:46Z',
    version: 1,
    statements: [{ Effect: 'Allow', Action: '*', Resource: ALL }],
  },
  {
    name: 'PowerUserAccess',
    description:
      'Provides full access to AWS services and resources, but does not ' +
      'allow management of Users and groups.',
    created: '2015-02-06T18:39:47Z',
    version: 5,
    statements: [
      {
        Effect: 'Allow',
        NotAction: ['iam:*', 'organizations:*', 'account:*'],
        Resource: ALL,
      },
      {
        Effect: 'Allow',
        Action: [
          'account:GetAccountInformation',
          'account:ListRegions',
          'iam:CreateServiceLinkedRole',
          'iam:DeleteServiceLinkedRole',
          'iam:ListRoles',
          'organizations:DescribeOrganization',
        ],
        Resource: ALL,
      },
    ],
  },
  {
    name: 'ReadOnlyAccess',
    description: 'Provides read-only access to AWS services and resources.',
    created: '2015-02-06T18:39:48Z',
    version: 118,
    statements: [
      {
        Effect: 'Allow',
        Action: [
          'cloudtrail:Describe*',
          'cloudtrail:Get*',
          'cloudwatch:Describe*',
          'cloudwatch:Get*',
          'dynamodb:Describe*',
          'ec2:Describe*',
          'iam:Generate*',
          'iam:Get*',
          'iam:List*',
          'lambda:Get*',
          'lambda:List*',
          'logs:Describe*',
          'logs:Get*',
          's3:Get*',
          's3:List*',
          'sts:GetCallerIdentity',
        ],
        Resource: ALL,
      },
    ],
  },
  {
    name: 'IAMFullAccess',
    description: 'Provides full access to IAM via the AWS Management Console.',
    created: '2015-02-06T18:40:38Z',
    version: 2,
    statements: [
      {
        Effect: 'Allow',
        Action: [
          'iam:*',
          'organizations:DescribeAccount',
          'organizations:DescribeOrganization',
          'organizations:ListRoots',
        ],
        Resource: ALL,
      },
    ],
  },
  {
    name: 'IAMReadOnlyAccess',
    description:
      'Provides read only access to IAM via the AWS Management Console.',
    created: '2015-02-06T18:40:39Z',
    version: 4,
    statements: [
      {
        Effect: 'Allow',
        Action: [
          'iam:GenerateCredentialReport',
          'iam:GenerateServiceLastAccessedDetails',
          'iam:Get*',
          'iam:List*',
          'iam:SimulateCustomPolicy',
          'iam:SimulatePrincipalPolicy',
        ],
        Resource: ALL,
      },
    ],
  },
  {
    name: 'IAMUserChangePassword',
    description:
      'Provides the ability for an IAM user to change their own password.',
    created: '2016-11-15T00:25:16Z',
    version: 2,
    statements: [
      {
        Effect: 'Allow',
        Action: ['iam:ChangePassword'],
        Resource: ['arn:aws:iam::*:user/${aws:username}'],
      },
      {
        Effect: 'Allow',
        Action: ['iam:GetAccountPasswordPolicy'],
        Resource: ALL,
      },
    ],
  },
  {
    name: 'AmazonS3ReadOnlyAccess',
    description:
      'Provides read only access to all buckets via the AWS Management Console.',
    created: '2015-02-06T18:40:59Z',
    version: 3,
    statements: [
      {
        Effect: 'Allow',
        Action: ['s3:Get*', 's3:List*', 's3:Describe*'],
        Resource: ALL,
      },
    ],
  },
  {
    name: 'SecurityAudit',
    description:
      'The security audit template grants access to read security ' +
      'configuration metadata. It is useful for software that audits the ' +
      'configuration of an AWS account.',
    created: '2015-02-06T18:41:01Z',
    version: 40,
    statements: [
      {
        Effect: 'Allow',
        Action: [
          'cloudtrail:DescribeTrails',
          'config:Describe*',
          'ec2:Describe*',
          'iam:GenerateCredentialReport',
          'iam:Get*',
          'iam:List*',
          's3:GetBucketPolicy',
          's3:ListAllMyBuckets',
        ],
        Resource: ALL,
      },
    ],
  },
  {
    name: 'Billing',
    path: '/job-function/',
    description:
      'Grants permissions for billing and cost management. This includes ' +
      'viewing account usage and viewing and modifying budgets and ' +
      'payment methods.',
    created: '2016-11-10T17:33:18Z',
    version: 9,
    statements: [
      {
        Effect: 'Allow',
        Action: [
          'aws-portal:*Billing',
          'aws-portal:*Usage',
          'aws-portal:*PaymentMethods',
          'budgets:ViewBudget',
          'budgets:ModifyBudget',
          'ce:*',
          'cur:*',
        ],
        Resource: ALL,
      },
    ],
  },
];

/** ARNs of the seeded AWS managed policies, by name. */
export function awsPolicyArn(name: string, path = '/'): string {
  return `arn:aws:iam::aws:policy${path}${name}`;
}

/** Adds AWS's managed policies; every account has them from the start. */
export function seedAwsManagedPolicies(account: SandboxAccount): void {
  for (const spec of AWS_POLICIES) {
    addManagedPolicy(account, {
      policyName: spec.name,
      path: spec.path,
      description: spec.description,
      awsManaged: true,
      createDate: new Date(spec.created),
      versionNumber: spec.version,
      document: JSON.stringify({
        Version: '2012-10-17',
        Statement: spec.statements,
      }),
    });
  }
}
