import {
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteConflictException,
  DeleteUserCommand,
  GetUserCommand,
  InvalidInputException,
  LimitExceededException,
  ListUsersCommand,
  ListUserTagsCommand,
  NoSuchEntityException,
  EntityAlreadyExistsException,
  IAMServiceException,
  TagUserCommand,
  UntagUserCommand,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

describe.each(TRANSPORTS)('users over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport, { users: 0 });
  });
  afterEach(() => h.close());

  it('creates a user and reads it back', async () => {
    await h.iam.send(new CreateUserCommand({ UserName: 'alice' }));
    const { User } = await h.iam.send(
      new GetUserCommand({ UserName: 'alice' }),
    );
    expect(User?.Arn).toBe('arn:aws:iam::123456789012:user/alice');
    expect(User?.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(User?.CreateDate).toBeInstanceOf(Date);
  });

  it('answers GetUser without a name with the caller', async () => {
    const { User } = await h.iam.send(new GetUserCommand({}));
    expect(User?.UserName).toBe('sandbox-admin');
  });

  it('treats names as unique regardless of case', async () => {
    await h.iam.send(new CreateUserCommand({ UserName: 'Alice' }));
    await expect(
      h.iam.send(new CreateUserCommand({ UserName: 'alice' })),
    ).rejects.toBeInstanceOf(EntityAlreadyExistsException);
    const { User } = await h.iam.send(
      new GetUserCommand({ UserName: 'ALICE' }),
    );
    expect(User?.UserName).toBe('Alice');
  });

  it('refuses names outside the pattern and length', async () => {
    for (const name of ['has space', 'x'.repeat(65), 'semi;colon']) {
      const error = await h.iam
        .send(new CreateUserCommand({ UserName: name }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IAMServiceException);
      expect((error as IAMServiceException).name).toBe('ValidationError');
      expect((error as IAMServiceException).$metadata.httpStatusCode).toBe(400);
    }
    await h.iam.send(new CreateUserCommand({ UserName: 'x'.repeat(64) }));
  });

  it('answers NoSuchEntity with 404 and a request id', async () => {
    const error = await h.iam
      .send(new GetUserCommand({ UserName: 'nobody' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoSuchEntityException);
    const metadata = (error as NoSuchEntityException).$metadata;
    expect(metadata.httpStatusCode).toBe(404);
    expect(metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('pages ListUsers with MaxItems and Marker', async () => {
    for (let i = 0; i < 25; i++) {
      await h.iam.send(new CreateUserCommand({ UserName: `user-${i}` }));
    }
    const names: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await h.iam.send(
        new ListUsersCommand({ MaxItems: 10, Marker: marker }),
      );
      names.push(...(page.Users ?? []).map((u) => u.UserName ?? ''));
      expect(page.IsTruncated).toBe(page.Marker !== undefined);
      marker = page.Marker;
      pages++;
    } while (marker);
    expect(pages).toBe(3);
    expect(new Set(names).size).toBe(26);
  });

  it('refuses MaxItems outside 1-1000', async () => {
    for (const MaxItems of [0, 1001]) {
      await expect(
        h.iam.send(new ListUsersCommand({ MaxItems })),
      ).rejects.toMatchObject({ name: 'ValidationError' });
    }
  });

  it('creates a user with a path and tags', async () => {
    const { User } = await h.iam.send(
      new CreateUserCommand({
        UserName: 'carol',
        Path: '/engineering/',
        Tags: [{ Key: 'team', Value: 'platform' }],
      }),
    );
    expect(User?.Arn).toBe('arn:aws:iam::123456789012:user/engineering/carol');
    expect(User?.Tags).toEqual([{ Key: 'team', Value: 'platform' }]);

    const listed = await h.iam.send(
      new ListUsersCommand({ PathPrefix: '/engineering/' }),
    );
    expect(listed.Users?.map((u) => u.UserName)).toEqual(['carol']);
  });

  it('refuses a path that does not start and end with a slash', async () => {
    await expect(
      h.iam.send(new CreateUserCommand({ UserName: 'dan', Path: 'eng' })),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(
      h.iam.send(new GetUserCommand({ UserName: 'dan' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  it('deletes a user with nothing attached', async () => {
    await h.iam.send(new CreateUserCommand({ UserName: 'erin' }));
    await h.iam.send(new DeleteUserCommand({ UserName: 'ERIN' }));
    await expect(
      h.iam.send(new GetUserCommand({ UserName: 'erin' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
    await expect(
      h.iam.send(new DeleteUserCommand({ UserName: 'erin' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  // AWS answers DeleteConflict (409) "Cannot delete entity, must ... first."
  // for each thing still attached (seen in aws-nuke, terraform and
  // userplex reports: login profile, MFA device, group membership).
  it('refuses to delete a user who still has credentials or groups', async () => {
    const account = h.sandbox.service.account;
    const conflicts: [string, (name: string) => Promise<unknown>][] = [
      [
        'delete login profile',
        (UserName) =>
          h.iam.send(
            new CreateLoginProfileCommand({ UserName, Password: 'Pa55word!' }),
          ),
      ],
      [
        'delete access keys',
        (UserName) => h.iam.send(new CreateAccessKeyCommand({ UserName })),
      ],
      [
        'delete MFA device',
        async (UserName) =>
          account.users.get(UserName)?.mfaDevices.push({
            serialNumber: 'GAHT12345678',
            enableDate: new Date(),
          }),
      ],
      [
        'remove users from group',
        async (UserName) => account.users.get(UserName)?.groups.push('devs'),
      ],
      [
        'delete policies',
        async (UserName) =>
          account.users.get(UserName)?.inlinePolicies.set('inline', '{}'),
      ],
      [
        'detach all policies',
        async (UserName) =>
          account.users
            .get(UserName)
            ?.attachedPolicies.push('arn:aws:iam::aws:policy/ReadOnlyAccess'),
      ],
    ];

    for (const [i, [must, attach]] of conflicts.entries()) {
      const UserName = `holder-${i}`;
      await h.iam.send(new CreateUserCommand({ UserName }));
      await attach(UserName);

      const error = await h.iam
        .send(new DeleteUserCommand({ UserName }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeleteConflictException);
      expect((error as Error).message).toBe(
        `Cannot delete entity, must ${must} first.`,
      );
      expect((error as DeleteConflictException).$metadata.httpStatusCode).toBe(
        409,
      );
      const { User } = await h.iam.send(new GetUserCommand({ UserName }));
      expect(User?.UserName).toBe(UserName);
    }
  });

  describe('tags', () => {
    beforeEach(async () => {
      await h.iam.send(new CreateUserCommand({ UserName: 'tagged' }));
    });

    const tagsOf = async () =>
      (await h.iam.send(new ListUserTagsCommand({ UserName: 'tagged' }))).Tags;

    it('adds, replaces regardless of key case, and removes tags', async () => {
      await h.iam.send(
        new TagUserCommand({
          UserName: 'tagged',
          Tags: [
            { Key: 'Team', Value: 'web' },
            { Key: 'cost-center', Value: '' },
          ],
        }),
      );
      // IAM tag keys are case-insensitive: a later `team` replaces `Team`
      // (aws-cdk issue 26253 shows list-role-tags after such a change).
      await h.iam.send(
        new TagUserCommand({
          UserName: 'tagged',
          Tags: [{ Key: 'team', Value: 'data' }],
        }),
      );
      expect(await tagsOf()).toEqual([
        { Key: 'cost-center', Value: '' },
        { Key: 'team', Value: 'data' },
      ]);

      await h.iam.send(
        new UntagUserCommand({ UserName: 'tagged', TagKeys: ['TEAM'] }),
      );
      expect(await tagsOf()).toEqual([{ Key: 'cost-center', Value: '' }]);
      const { User } = await h.iam.send(
        new GetUserCommand({ UserName: 'tagged' }),
      );
      expect(User?.Tags).toEqual([{ Key: 'cost-center', Value: '' }]);
    });

    it('refuses duplicate keys in one request with InvalidInput', async () => {
      await expect(
        h.iam.send(
          new TagUserCommand({
            UserName: 'tagged',
            Tags: [
              { Key: 'env', Value: 'a' },
              { Key: 'ENV', Value: 'b' },
            ],
          }),
        ),
      ).rejects.toBeInstanceOf(InvalidInputException);
      expect(await tagsOf()).toEqual([]);
    });

    it('checks key and value lengths', async () => {
      const cases = [
        { Key: 'k'.repeat(129), Value: 'v' },
        { Key: '', Value: 'v' },
        { Key: 'k', Value: 'v'.repeat(257) },
        { Key: 'semi;colon', Value: 'v' },
      ];
      for (const tag of cases) {
        await expect(
          h.iam.send(new TagUserCommand({ UserName: 'tagged', Tags: [tag] })),
        ).rejects.toMatchObject({ name: 'ValidationError' });
      }
      await h.iam.send(
        new TagUserCommand({
          UserName: 'tagged',
          Tags: [{ Key: 'k'.repeat(128), Value: 'v'.repeat(256) }],
        }),
      );
      expect(await tagsOf()).toHaveLength(1);
    });

    it('allows 50 tags per user, and pages ListUserTags', async () => {
      const tags = (from: number, count: number) =>
        Array.from({ length: count }, (_, i) => ({
          Key: `key-${from + i}`,
          Value: 'v',
        }));
      await h.iam.send(
        new TagUserCommand({ UserName: 'tagged', Tags: tags(0, 50) }),
      );
      await expect(
        h.iam.send(
          new TagUserCommand({ UserName: 'tagged', Tags: tags(50, 1) }),
        ),
      ).rejects.toBeInstanceOf(LimitExceededException);

      const first = await h.iam.send(
        new ListUserTagsCommand({ UserName: 'tagged', MaxItems: 30 }),
      );
      expect(first.IsTruncated).toBe(true);
      const second = await h.iam.send(
        new ListUserTagsCommand({
          UserName: 'tagged',
          MaxItems: 30,
          Marker: first.Marker,
        }),
      );
      expect(second.IsTruncated).toBe(false);
      expect([...(first.Tags ?? []), ...(second.Tags ?? [])]).toEqual(
        tags(0, 50),
      );
    });
  });
});
