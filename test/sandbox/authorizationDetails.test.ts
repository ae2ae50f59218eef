import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  GetAccountAuthorizationDetailsCommand,
  type GetAccountAuthorizationDetailsCommandOutput,
  PutGroupPolicyCommand,
  TagUserCommand,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

const ACCOUNT = '123456789012';
const LIST_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }],
});

describe.each(TRANSPORTS)(
  'GetAccountAuthorizationDetails over %s',
  (transport) => {
    let h: SandboxHarness;
    let customerArn: string;
    beforeEach(async () => {
      h = await startSandbox(transport);
      await h.iam.send(new CreateUserCommand({ UserName: 'alice' }));
      await h.iam.send(
        new TagUserCommand({
          UserName: 'alice',
          Tags: [{ Key: 'team', Value: 'web' }],
        }),
      );
      await h.iam.send(new CreateGroupCommand({ GroupName: 'devs' }));
      await h.iam.send(
        new AddUserToGroupCommand({ GroupName: 'devs', UserName: 'alice' }),
      );
      await h.iam.send(
        new PutGroupPolicyCommand({
          GroupName: 'devs',
          PolicyName: 'list',
          PolicyDocument: LIST_ONLY,
        }),
      );
      const { Policy } = await h.iam.send(
        new CreatePolicyCommand({
          PolicyName: 'tools',
          PolicyDocument: LIST_ONLY,
        }),
      );
      customerArn = Policy?.Arn ?? '';
      await h.iam.send(
        new AttachUserPolicyCommand({
          UserName: 'alice',
          PolicyArn: customerArn,
        }),
      );
    });
    afterEach(() => h.close());

    it('describes users, groups and policies with their relationships', async () => {
      const details = await h.iam.send(
        new GetAccountAuthorizationDetailsCommand({}),
      );
      expect(details.IsTruncated).toBe(false);
      expect(details.RoleDetailList).toEqual([]);

      const alice = details.UserDetailList?.find((u) => u.UserName === 'alice');
      expect(alice).toMatchObject({
        Arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
        Path: '/',
        GroupList: ['devs'],
        AttachedManagedPolicies: [
          { PolicyName: 'tools', PolicyArn: customerArn },
        ],
        Tags: [{ Key: 'team', Value: 'web' }],
      });
      expect(alice?.UserId).toMatch(/^AIDA/);
      expect(alice?.CreateDate).toBeInstanceOf(Date);

      const devs = details.GroupDetailList?.[0];
      expect(devs?.GroupName).toBe('devs');
      // Documents come URL-encoded, as everywhere in IAM.
      expect(
        decodeURIComponent(devs?.GroupPolicyList?.[0]?.PolicyDocument ?? ''),
      ).toBe(LIST_ONLY);

      const tools = details.Policies?.find((p) => p.Arn === customerArn);
      expect(tools).toMatchObject({
        AttachmentCount: 1,
        DefaultVersionId: 'v1',
      });
      expect(tools?.PolicyVersionList?.[0]?.IsDefaultVersion).toBe(true);
      expect(
        decodeURIComponent(tools?.PolicyVersionList?.[0]?.Document ?? ''),
      ).toBe(LIST_ONLY);

      // AWS managed policies are listed only while attached to something:
      // here AdministratorAccess, attached to the admin.
      const awsManaged = details.Policies?.filter((p) =>
        p.Arn?.startsWith('arn:aws:iam::aws:'),
      );
      expect(awsManaged?.map((p) => p.PolicyName)).toEqual([
        'AdministratorAccess',
      ]);
    });

    it('filters by entity type', async () => {
      const local = await h.iam.send(
        new GetAccountAuthorizationDetailsCommand({
          Filter: ['LocalManagedPolicy'],
        }),
      );
      expect(local.UserDetailList).toEqual([]);
      expect(local.GroupDetailList).toEqual([]);
      expect(local.Policies?.map((p) => p.PolicyName)).toEqual(['tools']);

      const groups = await h.iam.send(
        new GetAccountAuthorizationDetailsCommand({ Filter: ['Group'] }),
      );
      expect(groups.UserDetailList).toEqual([]);
      expect(groups.GroupDetailList?.map((g) => g.GroupName)).toEqual(['devs']);
    });

    it('refuses an unknown filter and MaxItems outside 1-1000', async () => {
      await expect(
        h.iam.send(
          new GetAccountAuthorizationDetailsCommand({
            Filter: ['Robot' as 'User'],
          }),
        ),
      ).rejects.toMatchObject({ Code: 'ValidationError' });
      await expect(
        h.iam.send(
          new GetAccountAuthorizationDetailsCommand({ MaxItems: 1001 }),
        ),
      ).rejects.toMatchObject({ Code: 'ValidationError' });
    });

    // IAM pages this call across all its lists at once: MaxItems bounds the
    // entities in a page, whichever lists they fall in, and IsTruncated and
    // Marker say whether more follow (fewer than MaxItems may come back).
    it('pages across the combined lists with MaxItems and Marker', async () => {
      for (let i = 0; i < 3; i++) {
        await h.iam.send(new CreateUserCommand({ UserName: `u${i}` }));
      }
      const pages: GetAccountAuthorizationDetailsCommandOutput[] = [];
      let marker: string | undefined;
      do {
        const page = await h.iam.send(
          new GetAccountAuthorizationDetailsCommand({
            MaxItems: 2,
            Marker: marker,
          }),
        );
        pages.push(page);
        marker = page.IsTruncated ? page.Marker : undefined;
      } while (marker);

      const count = (page: GetAccountAuthorizationDetailsCommandOutput) =>
        (page.UserDetailList?.length ?? 0) +
        (page.GroupDetailList?.length ?? 0) +
        (page.Policies?.length ?? 0);
      for (const page of pages) expect(count(page)).toBeLessThanOrEqual(2);

      // 5 users, 1 group, 2 policies (tools, and AdministratorAccess).
      expect(pages.reduce((sum, page) => sum + count(page), 0)).toBe(8);
      const users = pages.flatMap((p) => p.UserDetailList ?? []);
      expect(users.map((u) => u.UserName)).toEqual([
        'sandbox-admin',
        'alice',
        'u0',
        'u1',
        'u2',
      ]);
      // A page may hold the last users and the first group together.
      const mixed = pages.find(
        (p) =>
          (p.UserDetailList?.length ?? 0) > 0 &&
          (p.GroupDetailList?.length ?? 0) > 0,
      );
      expect(mixed).toBeDefined();
    });
  },
);
