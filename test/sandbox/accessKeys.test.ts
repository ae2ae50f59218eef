import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  GetAccessKeyLastUsedCommand,
  GetUserCommand,
  LimitExceededException,
  ListAccessKeysCommand,
  NoSuchEntityException,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf } from './failures.js';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

/** Lets a user read itself and manage its own access keys. */
const SELF_SERVICE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['iam:GetUser', 'iam:*AccessKey*'],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    },
  ],
});

describe.each(TRANSPORTS)('access keys over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport, { users: 0 });
    await h.iam.send(new CreateUserCommand({ UserName: 'alice' }));
  });
  afterEach(() => h.close());

  const createKey = async (UserName = 'alice') => {
    const { AccessKey } = await h.iam.send(
      new CreateAccessKeyCommand({ UserName }),
    );
    if (!AccessKey) throw new Error('CreateAccessKey returned no AccessKey');
    return AccessKey;
  };

  it('creates a key whose secret is returned only once', async () => {
    const key = await createKey();
    expect(key.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(key.Status).toBe('Active');
    expect(key.UserName).toBe('alice');

    const listed = await h.iam.send(
      new ListAccessKeysCommand({ UserName: 'alice' }),
    );
    expect(listed.AccessKeyMetadata).toEqual([
      {
        UserName: 'alice',
        AccessKeyId: key.AccessKeyId,
        Status: 'Active',
        CreateDate: key.CreateDate,
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(key.SecretAccessKey);
  });

  // AWS: LimitExceeded (409) "Cannot exceed quota for AccessKeysPerUser: 2".
  it('allows two keys per user', async () => {
    await createKey();
    await createKey();
    const error = await h.iam
      .send(new CreateAccessKeyCommand({ UserName: 'alice' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitExceededException);
    expect((error as Error).message).toBe(
      'Cannot exceed quota for AccessKeysPerUser: 2',
    );
    const listed = await h.iam.send(
      new ListAccessKeysCommand({ UserName: 'alice' }),
    );
    expect(listed.AccessKeyMetadata).toHaveLength(2);
  });

  it('lets a new key act as its user', async () => {
    const key = await createKey();
    const alice = h.clientsFor({
      accessKeyId: key.AccessKeyId ?? '',
      secretAccessKey: key.SecretAccessKey ?? '',
    });

    // Until a policy allows it, alice is denied in her own name.
    const denied = await alice.iam
      .send(new GetUserCommand({}))
      .catch((e: unknown) => e);
    expect((denied as Error).message).toContain(
      'arn:aws:iam::123456789012:user/alice is not authorized',
    );
    h.sandbox.service.account.users
      .get('alice')
      ?.inlinePolicies.set('self-service', SELF_SERVICE);

    const identity = await alice.sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe('arn:aws:iam::123456789012:user/alice');
    const { User } = await alice.iam.send(new GetUserCommand({}));
    expect(User?.UserName).toBe('alice');

    // UserName left out means the caller's own keys.
    const own = await alice.iam.send(new ListAccessKeysCommand({}));
    expect(own.AccessKeyMetadata?.map((k) => k.AccessKeyId)).toEqual([
      key.AccessKeyId,
    ]);
    const second = await alice.iam.send(new CreateAccessKeyCommand({}));
    expect(second.AccessKey?.UserName).toBe('alice');
  });

  it('refuses an inactive, deleted or unknown key', async () => {
    const key = await createKey();
    const credentials = {
      accessKeyId: key.AccessKeyId ?? '',
      secretAccessKey: key.SecretAccessKey ?? '',
    };
    const alice = h.clientsFor(credentials);
    const refused = {
      name: 'InvalidClientTokenId',
      status: 403,
    };

    await h.iam.send(
      new UpdateAccessKeyCommand({
        UserName: 'alice',
        AccessKeyId: key.AccessKeyId,
        Status: 'Inactive',
      }),
    );
    const listed = await h.iam.send(
      new ListAccessKeysCommand({ UserName: 'alice' }),
    );
    expect(listed.AccessKeyMetadata?.[0]?.Status).toBe('Inactive');
    expect(
      await failureOf(alice.sts.send(new GetCallerIdentityCommand({}))),
    ).toMatchObject(refused);

    await h.iam.send(
      new UpdateAccessKeyCommand({
        UserName: 'alice',
        AccessKeyId: key.AccessKeyId,
        Status: 'Active',
      }),
    );
    await alice.sts.send(new GetCallerIdentityCommand({}));

    await h.iam.send(
      new DeleteAccessKeyCommand({
        UserName: 'alice',
        AccessKeyId: key.AccessKeyId,
      }),
    );
    expect(
      await failureOf(alice.sts.send(new GetCallerIdentityCommand({}))),
    ).toMatchObject(refused);
    const after = await h.iam.send(
      new ListAccessKeysCommand({ UserName: 'alice' }),
    );
    expect(after.AccessKeyMetadata).toEqual([]);

    const stranger = h.clientsFor({
      accessKeyId: 'AKIAAAAAAAAAAAAAAAAA',
      secretAccessKey: 'x'.repeat(40),
    });
    expect(
      await failureOf(stranger.iam.send(new GetUserCommand({}))),
    ).toMatchObject(refused);
  });

  it('answers NoSuchEntity and ValidationError like AWS', async () => {
    const error = await h.iam
      .send(
        new UpdateAccessKeyCommand({
          UserName: 'alice',
          AccessKeyId: 'AKIANOSUCHKEY0000000',
          Status: 'Inactive',
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect((error as Error).message).toBe(
      'The Access Key with id AKIANOSUCHKEY0000000 cannot be found.',
    );

    const key = await createKey();
    expect(
      await failureOf(
        h.iam.send(
          new UpdateAccessKeyCommand({
            UserName: 'alice',
            AccessKeyId: key.AccessKeyId,
            Status: 'Disabled' as 'Inactive',
          }),
        ),
      ),
    ).toMatchObject({ name: 'ValidationError', status: 400 });
  });

  // AWS's AccessKeyLastUsed: ServiceName and Region are "N/A" and
  // LastUsedDate is absent for a key that has never been used.
  it('reports where and when a key was last used', async () => {
    const key = await createKey();
    const before = await h.iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }),
    );
    expect(before.UserName).toBe('alice');
    expect(before.AccessKeyLastUsed).toEqual({
      ServiceName: 'N/A',
      Region: 'N/A',
    });

    const alice = h.clientsFor({
      accessKeyId: key.AccessKeyId ?? '',
      secretAccessKey: key.SecretAccessKey ?? '',
    });
    const start = Date.now();
    await alice.sts.send(new GetCallerIdentityCommand({}));
    const afterSts = await h.iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }),
    );
    expect(afterSts.AccessKeyLastUsed).toMatchObject({
      ServiceName: 'sts',
      Region: 'us-east-1',
    });
    // AWS's times have whole seconds.
    expect(
      afterSts.AccessKeyLastUsed?.LastUsedDate?.getTime(),
    ).toBeGreaterThanOrEqual(Math.floor(start / 1000) * 1000);

    h.sandbox.service.account.users
      .get('alice')
      ?.inlinePolicies.set('self-service', SELF_SERVICE);
    await alice.iam.send(new GetUserCommand({}));
    const afterIam = await h.iam.send(
      new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }),
    );
    expect(afterIam.AccessKeyLastUsed?.ServiceName).toBe('iam');
  });

  it('pages ListAccessKeys', async () => {
    await createKey();
    await createKey();
    const first = await h.iam.send(
      new ListAccessKeysCommand({ UserName: 'alice', MaxItems: 1 }),
    );
    expect(first.IsTruncated).toBe(true);
    const second = await h.iam.send(
      new ListAccessKeysCommand({
        UserName: 'alice',
        MaxItems: 1,
        Marker: first.Marker,
      }),
    );
    expect(second.IsTruncated).toBe(false);
    const ids = [first, second].map(
      (p) => p.AccessKeyMetadata?.[0]?.AccessKeyId,
    );
    expect(new Set(ids).size).toBe(2);
  });
});
