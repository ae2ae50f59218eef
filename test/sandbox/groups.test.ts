import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  DeleteGroupPolicyCommand,
  DetachGroupPolicyCommand,
  GetGroupCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  PutGroupPolicyCommand,
  RemoveUserFromGroupCommand,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const DOCUMENT = JSON.stringify({
  Version: '2012-10-17',
  Statement: { Effect: 'Allow', Action: 'iam:List*', Resource: '*' },
});

describe.each(TRANSPORTS)('groups over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport);
    await h.iam.send(new CreateUserCommand({ UserName: 'alice' }));
  });
  afterEach(() => h.close());

  it('creates a group with a path and lists it', async () => {
    const { Group } = await h.iam.send(
      new CreateGroupCommand({ GroupName: 'Developers', Path: '/eng/' }),
    );
    expect(Group?.Arn).toBe('arn:aws:iam::123456789012:group/eng/Developers');
    expect(Group?.GroupId).toMatch(/^AGPA[A-Z2-7]{17}$/);

    const all = await h.iam.send(new ListGroupsCommand({}));
    expect(all.Groups?.map((g) => g.GroupName)).toEqual(['Developers']);
    const none = await h.iam.send(
      new ListGroupsCommand({ PathPrefix: '/ops/' }),
    );
    expect(none.Groups).toEqual([]);
  });

  it('treats group names as unique regardless of case, and checks them', async () => {
    await h.iam.send(new CreateGroupCommand({ GroupName: 'Admins' }));
    await expect(
      h.iam.send(new CreateGroupCommand({ GroupName: 'admins' })),
    ).rejects.toMatchObject({
      Code: 'EntityAlreadyExists',
      $metadata: { httpStatusCode: 409 },
    });
    for (const GroupName of ['x'.repeat(129), 'no spaces']) {
      await expect(
        h.iam.send(new CreateGroupCommand({ GroupName })),
      ).rejects.toMatchObject({ Code: 'ValidationError' });
    }
    await h.iam.send(new CreateGroupCommand({ GroupName: 'x'.repeat(128) }));
  });

  it('adds and removes members, seen from both sides', async () => {
    await h.iam.send(new CreateGroupCommand({ GroupName: 'devs' }));
    await h.iam.send(
      new AddUserToGroupCommand({ GroupName: 'DEVS', UserName: 'alice' }),
    );

    const group = await h.iam.send(new GetGroupCommand({ GroupName: 'devs' }));
    expect(group.Group?.GroupName).toBe('devs');
    expect(group.Users?.map((u) => u.UserName)).toEqual(['alice']);
    const forUser = await h.iam.send(
      new ListGroupsForUserCommand({ UserName: 'alice' }),
    );
    expect(forUser.Groups?.map((g) => g.GroupName)).toEqual(['devs']);

    await h.iam.send(
      new RemoveUserFromGroupCommand({ GroupName: 'devs', UserName: 'alice' }),
    );
    const after = await h.iam.send(new GetGroupCommand({ GroupName: 'devs' }));
    expect(after.Users).toEqual([]);
    await expect(
      h.iam.send(
        new RemoveUserFromGroupCommand({
          GroupName: 'devs',
          UserName: 'alice',
        }),
      ),
    ).rejects.toMatchObject({ Code: 'NoSuchEntity' });
  });

  it('pages the members of GetGroup', async () => {
    await h.iam.send(new CreateGroupCommand({ GroupName: 'big' }));
    for (let i = 0; i < 5; i++) {
      await h.iam.send(new CreateUserCommand({ UserName: `m${i}` }));
      await h.iam.send(
        new AddUserToGroupCommand({ GroupName: 'big', UserName: `m${i}` }),
      );
    }
    const first = await h.iam.send(
      new GetGroupCommand({ GroupName: 'big', MaxItems: 3 }),
    );
    expect(first.Users).toHaveLength(3);
    expect(first.IsTruncated).toBe(true);
    const second = await h.iam.send(
      new GetGroupCommand({
        GroupName: 'big',
        MaxItems: 3,
        Marker: first.Marker,
      }),
    );
    expect(second.IsTruncated).toBe(false);
    expect(
      [...(first.Users ?? []), ...(second.Users ?? [])].map((u) => u.UserName),
    ).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
  });

  // IAM's quota: a user can be a member of at most 10 groups.
  it('refuses an eleventh group with LimitExceeded', async () => {
    for (let i = 0; i < 11; i++) {
      await h.iam.send(new CreateGroupCommand({ GroupName: `g${i}` }));
    }
    for (let i = 0; i < 10; i++) {
      await h.iam.send(
        new AddUserToGroupCommand({ GroupName: `g${i}`, UserName: 'alice' }),
      );
    }
    await expect(
      h.iam.send(
        new AddUserToGroupCommand({ GroupName: 'g10', UserName: 'alice' }),
      ),
    ).rejects.toMatchObject({
      Code: 'LimitExceeded',
      message: 'Cannot exceed quota for GroupsPerUser: 10',
      $metadata: { httpStatusCode: 409 },
    });
    const { Groups } = await h.iam.send(
      new ListGroupsForUserCommand({ UserName: 'alice' }),
    );
    expect(Groups).toHaveLength(10);
  });

  // IAM's DeleteConflict messages for a group that is not empty, as
  // reported by AWS users (e.g. terraform-provider-aws#20154).
  it('deletes a group only once it has no members and no policies', async () => {
    await h.iam.send(new CreateGroupCommand({ GroupName: 'ops' }));
    await h.iam.send(
      new AddUserToGroupCommand({ GroupName: 'ops', UserName: 'alice' }),
    );
    await h.iam.send(
      new PutGroupPolicyCommand({
        GroupName: 'ops',
        PolicyName: 'list',
        PolicyDocument: DOCUMENT,
      }),
    );
    await h.iam.send(
      new AttachGroupPolicyCommand({ GroupName: 'ops', PolicyArn: READ_ONLY }),
    );

    const conflict = (message: string) =>
      expect(
        h.iam.send(new DeleteGroupCommand({ GroupName: 'ops' })),
      ).rejects.toMatchObject({ Code: 'DeleteConflict', message });

    await conflict('Cannot delete entity, must remove users from group first.');
    await h.iam.send(
      new RemoveUserFromGroupCommand({ GroupName: 'ops', UserName: 'alice' }),
    );
    await conflict('Cannot delete entity, must delete policies first.');
    await h.iam.send(
      new DeleteGroupPolicyCommand({ GroupName: 'ops', PolicyName: 'list' }),
    );
    await conflict('Cannot delete entity, must detach all policies first.');
    await h.iam.send(
      new DetachGroupPolicyCommand({ GroupName: 'ops', PolicyArn: READ_ONLY }),
    );

    await h.iam.send(new DeleteGroupCommand({ GroupName: 'ops' }));
    await expect(
      h.iam.send(new GetGroupCommand({ GroupName: 'ops' })),
    ).rejects.toMatchObject({
      Code: 'NoSuchEntity',
      message: 'The group with name ops cannot be found.',
    });
  });
});
