import {
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateUserCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DeleteUserPolicyCommand,
  DetachUserPolicyCommand,
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListPoliciesCommand,
  ListPolicyVersionsCommand,
  ListUserPoliciesCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

const ACCOUNT = '123456789012';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

function document(action: string, resource = '*'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  });
}

describe.each(TRANSPORTS)('policies over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport);
    await h.iam.send(new CreateUserCommand({ UserName: 'alice' }));
    await h.iam.send(new CreateGroupCommand({ GroupName: 'devs' }));
  });
  afterEach(() => h.close());

  describe('inline', () => {
    // IAM returns PolicyDocument URL-encoded (RFC 3986) and the SDK does
    // not decode it: callers run decodeURIComponent themselves.
    it('stores a user policy and returns it URL-encoded', async () => {
      const text = document(
        'iam:ChangePassword',
        'arn:aws:iam::*:user/${aws:username}',
      );
      await h.iam.send(
        new PutUserPolicyCommand({
          UserName: 'alice',
          PolicyName: 'own-password',
          PolicyDocument: text,
        }),
      );
      const got = await h.iam.send(
        new GetUserPolicyCommand({
          UserName: 'alice',
          PolicyName: 'own-password',
        }),
      );
      expect(got.UserName).toBe('alice');
      expect(got.PolicyDocument).toMatch(/^%7B%22Version%22%3A/);
      expect(decodeURIComponent(got.PolicyDocument ?? '')).toBe(text);

      const listed = await h.iam.send(
        new ListUserPoliciesCommand({ UserName: 'alice' }),
      );
      expect(listed.PolicyNames).toEqual(['own-password']);

      await h.iam.send(
        new DeleteUserPolicyCommand({
          UserName: 'alice',
          PolicyName: 'own-password',
        }),
      );
      await expect(
        h.iam.send(
          new GetUserPolicyCommand({
            UserName: 'alice',
            PolicyName: 'own-password',
          }),
        ),
      ).rejects.toMatchObject({
        Code: 'NoSuchEntity',
        message: 'The user policy with name own-password cannot be found.',
      });
    });

    it('stores group policies and replaces one by name', async () => {
      const put = (action: string) =>
        h.iam.send(
          new PutGroupPolicyCommand({
            GroupName: 'devs',
            PolicyName: 'tools',
            PolicyDocument: document(action),
          }),
        );
      await put('s3:ListBucket');
      await put('s3:GetObject');
      const listed = await h.iam.send(
        new ListGroupPoliciesCommand({ GroupName: 'devs' }),
      );
      expect(listed.PolicyNames).toEqual(['tools']);
      const got = await h.iam.send(
        new GetGroupPolicyCommand({ GroupName: 'devs', PolicyName: 'tools' }),
      );
      expect(got.GroupName).toBe('devs');
      expect(decodeURIComponent(got.PolicyDocument ?? '')).toContain(
        's3:GetObject',
      );
    });

    // IAM's quota: a user's inline policies total at most 2,048
    // characters, white space not counted.
    it("refuses inline policies past the user's size quota", async () => {
      const big = JSON.stringify({
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Action: Array.from({ length: 80 }, (_, i) => `s3:Action${i}`),
          Resource: '*',
        },
      });
      await h.iam.send(
        new PutUserPolicyCommand({
          UserName: 'alice',
          PolicyName: 'first',
          PolicyDocument: big,
        }),
      );
      await expect(
        h.iam.send(
          new PutUserPolicyCommand({
            UserName: 'alice',
            PolicyName: 'second',
            PolicyDocument: big,
          }),
        ),
      ).rejects.toMatchObject({
        Code: 'LimitExceeded',
        message: 'Maximum policy size of 2048 bytes exceeded for user alice',
      });
    });

    it('refuses malformed documents with MalformedPolicyDocument', async () => {
      for (const [text, message] of [
        ['{not json', 'Syntax errors in policy.'],
        [
          JSON.stringify({
            Version: '2012-10-17',
            Statement: { Effect: 'Allow', Resource: '*' },
          }),
          'Policy statement must contain actions.',
        ],
        [
          JSON.stringify({
            Version: '2012-10-17',
            Statement: { Action: 'iam:*', Resource: '*' },
          }),
          'Syntax errors in policy.',
        ],
        [
          JSON.stringify({
            Version: '2020-01-01',
            Statement: { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
          }),
          'Syntax errors in policy.',
        ],
      ] as const) {
        await expect(
          h.iam.send(
            new PutUserPolicyCommand({
              UserName: 'alice',
              PolicyName: 'bad',
              PolicyDocument: text,
            }),
          ),
        ).rejects.toMatchObject({
          Code: 'MalformedPolicyDocument',
          message,
          $metadata: { httpStatusCode: 400 },
        });
      }
      const listed = await h.iam.send(
        new ListUserPoliciesCommand({ UserName: 'alice' }),
      );
      expect(listed.PolicyNames).toEqual([]);
    });
  });

  describe('managed', () => {
    async function createPolicy(name = 'deploy') {
      const { Policy } = await h.iam.send(
        new CreatePolicyCommand({
          PolicyName: name,
          Path: '/team/',
          PolicyDocument: document('s3:PutObject'),
          Description: 'Deploys artifacts',
        }),
      );
      return Policy?.Arn ?? '';
    }

    it('creates a customer managed policy and reads its default version', async () => {
      const arn = await createPolicy();
      expect(arn).toBe(`arn:aws:iam::${ACCOUNT}:policy/team/deploy`);
      const { Policy } = await h.iam.send(
        new GetPolicyCommand({ PolicyArn: arn }),
      );
      expect(Policy).toMatchObject({
        PolicyName: 'deploy',
        DefaultVersionId: 'v1',
        AttachmentCount: 0,
        IsAttachable: true,
        Description: 'Deploys artifacts',
      });
      expect(Policy?.PolicyId).toMatch(/^ANPA/);

      const { PolicyVersion } = await h.iam.send(
        new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }),
      );
      expect(PolicyVersion?.IsDefaultVersion).toBe(true);
      expect(decodeURIComponent(PolicyVersion?.Document ?? '')).toBe(
        document('s3:PutObject'),
      );
    });

    it('refuses a second policy of the same name, and the 2008 version', async () => {
      await createPolicy();
      await expect(createPolicy()).rejects.toMatchObject({
        Code: 'EntityAlreadyExists',
        message:
          'A policy called deploy already exists. Duplicate names are not allowed.',
      });
      await expect(
        h.iam.send(
          new CreatePolicyCommand({
            PolicyName: 'old',
            PolicyDocument: JSON.stringify({
              Version: '2008-10-17',
              Statement: { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
            }),
          }),
        ),
      ).rejects.toMatchObject({
        Code: 'MalformedPolicyDocument',
        message: 'Policy document must be version 2012-10-17 or greater.',
      });
    });

    // IAM keeps at most five versions of a managed policy, and never
    // deletes the default one.
    it('keeps up to five versions and protects the default', async () => {
      const arn = await createPolicy();
      for (let i = 2; i <= 5; i++) {
        const { PolicyVersion } = await h.iam.send(
          new CreatePolicyVersionCommand({
            PolicyArn: arn,
            PolicyDocument: document(`s3:Get${i}`),
            SetAsDefault: i === 3,
          }),
        );
        expect(PolicyVersion?.VersionId).toBe(`v${i}`);
      }
      await expect(
        h.iam.send(
          new CreatePolicyVersionCommand({
            PolicyArn: arn,
            PolicyDocument: document('s3:x'),
          }),
        ),
      ).rejects.toMatchObject({
        Code: 'LimitExceeded',
        $metadata: { httpStatusCode: 409 },
      });

      const { Versions } = await h.iam.send(
        new ListPolicyVersionsCommand({ PolicyArn: arn }),
      );
      expect(
        Versions?.filter((v) => v.IsDefaultVersion).map((v) => v.VersionId),
      ).toEqual(['v3']);
      await expect(
        h.iam.send(
          new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v3' }),
        ),
      ).rejects.toMatchObject({
        Code: 'DeleteConflict',
        message: 'Cannot delete the default version of a policy.',
      });
      await h.iam.send(
        new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }),
      );
      const after = await h.iam.send(
        new ListPolicyVersionsCommand({ PolicyArn: arn }),
      );
      expect(after.Versions?.map((v) => v.VersionId).sort()).toEqual([
        'v2',
        'v3',
        'v4',
        'v5',
      ]);
    });

    it('attaches to users and groups, counting attachments', async () => {
      const arn = await createPolicy();
      await h.iam.send(
        new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: arn }),
      );
      await h.iam.send(
        new AttachGroupPolicyCommand({ GroupName: 'devs', PolicyArn: arn }),
      );
      await h.iam.send(
        new AttachGroupPolicyCommand({
          GroupName: 'devs',
          PolicyArn: READ_ONLY,
        }),
      );

      const user = await h.iam.send(
        new ListAttachedUserPoliciesCommand({ UserName: 'alice' }),
      );
      expect(user.AttachedPolicies).toEqual([
        { PolicyName: 'deploy', PolicyArn: arn },
      ]);
      const group = await h.iam.send(
        new ListAttachedGroupPoliciesCommand({ GroupName: 'devs' }),
      );
      expect(group.AttachedPolicies?.map((p) => p.PolicyName)).toEqual([
        'deploy',
        'ReadOnlyAccess',
      ]);
      const { Policy } = await h.iam.send(
        new GetPolicyCommand({ PolicyArn: arn }),
      );
      expect(Policy?.AttachmentCount).toBe(2);

      await expect(
        h.iam.send(new DeletePolicyCommand({ PolicyArn: arn })),
      ).rejects.toMatchObject({
        Code: 'DeleteConflict',
        message: 'Cannot delete a policy attached to entities.',
      });
      await h.iam.send(
        new DetachUserPolicyCommand({ UserName: 'alice', PolicyArn: arn }),
      );
      const { Policy: after } = await h.iam.send(
        new GetPolicyCommand({ PolicyArn: arn }),
      );
      expect(after?.AttachmentCount).toBe(1);
    });

    // AWS's messages, as reported against emulators that differed:
    // attaching an unknown policy (moto#6482) and detaching one that is
    // not attached (localstack#6989) are both NoSuchEntity.
    it('refuses an unknown policy and an eleventh attachment', async () => {
      await expect(
        h.iam.send(
          new AttachUserPolicyCommand({
            UserName: 'alice',
            PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/nope`,
          }),
        ),
      ).rejects.toMatchObject({
        Code: 'NoSuchEntity',
        message:
          `Policy arn:aws:iam::${ACCOUNT}:policy/nope does not exist or is ` +
          'not attachable.',
        $metadata: { httpStatusCode: 404 },
      });
      await expect(
        h.iam.send(
          new DetachUserPolicyCommand({
            UserName: 'alice',
            PolicyArn: READ_ONLY,
          }),
        ),
      ).rejects.toMatchObject({ Code: 'NoSuchEntity' });

      for (let i = 0; i < 10; i++) {
        const arn = await createPolicy(`p${i}`);
        await h.iam.send(
          new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: arn }),
        );
      }
      const eleventh = await createPolicy('p10');
      await expect(
        h.iam.send(
          new AttachUserPolicyCommand({
            UserName: 'alice',
            PolicyArn: eleventh,
          }),
        ),
      ).rejects.toMatchObject({
        Code: 'LimitExceeded',
        message: 'Cannot exceed quota for PoliciesPerUser: 10',
      });
    });

    it('lists policies by scope and attachment, and pages them', async () => {
      const arn = await createPolicy();
      await createPolicy('unused');
      await h.iam.send(
        new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: arn }),
      );

      const local = await h.iam.send(
        new ListPoliciesCommand({ Scope: 'Local' }),
      );
      expect(local.Policies?.map((p) => p.PolicyName)).toEqual([
        'deploy',
        'unused',
      ]);
      const attachedLocal = await h.iam.send(
        new ListPoliciesCommand({ Scope: 'Local', OnlyAttached: true }),
      );
      expect(attachedLocal.Policies?.map((p) => p.PolicyName)).toEqual([
        'deploy',
      ]);

      // The admin has AdministratorAccess: the only AWS policy attached.
      const aws = await h.iam.send(
        new ListPoliciesCommand({ Scope: 'AWS', OnlyAttached: true }),
      );
      expect(aws.Policies?.map((p) => p.Arn)).toEqual([
        'arn:aws:iam::aws:policy/AdministratorAccess',
      ]);

      const all: string[] = [];
      let marker: string | undefined;
      do {
        const page = await h.iam.send(
          new ListPoliciesCommand({ MaxItems: 4, Marker: marker }),
        );
        all.push(...(page.Policies ?? []).map((p) => p.Arn ?? ''));
        marker = page.IsTruncated ? page.Marker : undefined;
      } while (marker);
      expect(all).toContain(READ_ONLY);
      expect(all).toContain(arn);
      expect(new Set(all).size).toBe(all.length);
    });

    it('deletes an unattached policy', async () => {
      const arn = await createPolicy();
      await h.iam.send(new DeletePolicyCommand({ PolicyArn: arn }));
      await expect(
        h.iam.send(new GetPolicyCommand({ PolicyArn: arn })),
      ).rejects.toMatchObject({
        Code: 'NoSuchEntity',
        message: `Policy ${arn} was not found.`,
      });
    });
  });
});
