import { addGroup } from '../actions/groups.js';
import { addManagedPolicy } from '../managedPolicies.js';
import type { SandboxAccount, SandboxGroup } from '../state.js';
import { awsPolicyArn } from './awsManagedPolicies.js';
import { daysAgo } from './clock.js';

function policy(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/** The team's groups, by the role their members play. */
export interface TeamGroups {
  admins: SandboxGroup;
  developers: SandboxGroup;
  readOnly: SandboxGroup;
  billing: SandboxGroup;
  ciServices: SandboxGroup;
  auditors: SandboxGroup;
}

/** Customer managed policies the team wrote for itself. */
function seedCustomerPolicies(account: SandboxAccount) {
  const ciDeploy = addManagedPolicy(account, {
    policyName: 'ci-deploy',
    path: '/service/',
    description: 'Lets CI publish artifacts and update stacks.',
    createDate: daysAgo(account, 700),
    document: policy({
      Effect: 'Allow',
      Action: [
        's3:PutObject',
        's3:GetObject',
        'ecr:PutImage',
        'ecr:GetAuthorizationToken',
        'cloudformation:*',
        'lambda:UpdateFunctionCode',
      ],
      Resource: '*',
    }),
  });
  const support = addManagedPolicy(account, {
    policyName: 'support-tickets',
    description: 'Open and follow AWS Support cases.',
    createDate: daysAgo(account, 400),
    document: policy({ Effect: 'Allow', Action: 'support:*', Resource: '*' }),
  });

  // Left over from an old project: unattached, with a version history.
  const legacy = addManagedPolicy(account, {
    policyName: 'legacy-s3-admin',
    description: 'Full S3 access for the 2021 migration.',
    createDate: daysAgo(account, 1200),
    document: policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
  });
  legacy.versions.push({
    versionId: 'v2',
    createDate: daysAgo(account, 1100),
    document: policy({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: [
        'arn:aws:s3:::acme-migration',
        'arn:aws:s3:::acme-migration/*',
      ],
    }),
  });
  legacy.defaultVersionId = 'v2';
  legacy.nextVersion = 3;
  legacy.updateDate = daysAgo(account, 1100);

  return { ciDeploy, support };
}

export function seedGroups(account: SandboxAccount) {
  const created = daysAgo(account, 1300);
  const group = (name: string, ...arns: string[]) => {
    const made = addGroup(account, name, { createDate: created });
    made.attachedPolicies.push(...arns);
    return made;
  };
  const customer = seedCustomerPolicies(account);

  const developers = group(
    'developers',
    awsPolicyArn('PowerUserAccess'),
    awsPolicyArn('IAMUserChangePassword'),
  );
  developers.inlinePolicies.set(
    'deploy-artifacts',
    policy({
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::acme-artifacts/*',
    }),
  );

  const billing = group('billing', awsPolicyArn('Billing', '/job-function/'));
  billing.inlinePolicies.set(
    'deny-account-changes',
    policy({
      Effect: 'Deny',
      Action: ['aws-portal:ModifyAccount', 'account:CloseAccount'],
      Resource: '*',
    }),
  );

  const groups: TeamGroups = {
    admins: group('admins', awsPolicyArn('AdministratorAccess')),
    developers,
    readOnly: group(
      'read-only',
      awsPolicyArn('ReadOnlyAccess'),
      awsPolicyArn('IAMUserChangePassword'),
    ),
    billing,
    ciServices: group('ci-services', customer.ciDeploy.arn),
    // Set up for an audit that never happened: nobody is in it.
    auditors: group('auditors', awsPolicyArn('SecurityAudit')),
  };
  return { groups, supportPolicyArn: customer.support.arn };
}
