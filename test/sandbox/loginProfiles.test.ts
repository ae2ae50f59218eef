import {
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteLoginProfileCommand,
  EntityAlreadyExistsException,
  GetLoginProfileCommand,
  NoSuchEntityException,
  PasswordPolicyViolationException,
  UpdateLoginProfileCommand,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

const GOOD_PASSWORD = 'Correct-Horse-9';

describe.each(TRANSPORTS)('login profiles over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport, { users: 0 });
    await h.iam.send(new CreateUserCommand({ UserName: 'bob' }));
  });
  afterEach(() => h.close());

  const create = (Password: string, UserName = 'bob') =>
    h.iam.send(new CreateLoginProfileCommand({ UserName, Password }));

  it('creates, reads, updates and deletes a login profile', async () => {
    const created = await h.iam.send(
      new CreateLoginProfileCommand({
        UserName: 'bob',
        Password: GOOD_PASSWORD,
        PasswordResetRequired: true,
      }),
    );
    expect(created.LoginProfile).toMatchObject({
      UserName: 'bob',
      PasswordResetRequired: true,
    });
    expect(created.LoginProfile?.CreateDate).toBeInstanceOf(Date);

    await h.iam.send(
      new UpdateLoginProfileCommand({
        UserName: 'bob',
        PasswordResetRequired: false,
      }),
    );
    const read = await h.iam.send(
      new GetLoginProfileCommand({ UserName: 'bob' }),
    );
    expect(read.LoginProfile?.PasswordResetRequired).toBe(false);
    // No answer ever carries the password.
    expect(JSON.stringify([created, read])).not.toContain(GOOD_PASSWORD);

    await h.iam.send(new DeleteLoginProfileCommand({ UserName: 'bob' }));
    await expect(
      h.iam.send(new GetLoginProfileCommand({ UserName: 'bob' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  it('answers NoSuchEntity in AWS words for a user without one', async () => {
    const error = await h.iam
      .send(new GetLoginProfileCommand({ UserName: 'bob' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect((error as Error).message).toBe(
      'Login Profile for User bob cannot be found.',
    );
    await expect(
      h.iam.send(new DeleteLoginProfileCommand({ UserName: 'bob' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
  });

  it('refuses a second login profile with EntityAlreadyExists', async () => {
    await create(GOOD_PASSWORD);
    const error = await create(GOOD_PASSWORD).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(
      (error as EntityAlreadyExistsException).$metadata.httpStatusCode,
    ).toBe(409);
  });

  it("uses the caller's own login profile when UserName is left out", async () => {
    await h.iam.send(
      new CreateLoginProfileCommand({ Password: GOOD_PASSWORD }),
    );
    const { LoginProfile } = await h.iam.send(new GetLoginProfileCommand({}));
    expect(LoginProfile?.UserName).toBe('sandbox-admin');
  });

  // Without an account password policy AWS applies its default one: at
  // least 8 characters and three of the four character kinds.
  it("checks passwords against AWS's default policy", async () => {
    for (const weak of ['Sh0rt!', 'alllowercase', 'lowercase-only']) {
      const error = await create(weak).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PasswordPolicyViolationException);
      expect(
        (error as PasswordPolicyViolationException).$metadata.httpStatusCode,
      ).toBe(400);
      expect((error as Error).message).not.toContain(weak);
    }
    await expect(
      h.iam.send(new GetLoginProfileCommand({ UserName: 'bob' })),
    ).rejects.toBeInstanceOf(NoSuchEntityException);
    await create('lowercase-and-9');
  });

  it("checks passwords against the account's password policy", async () => {
    h.sandbox.service.account.passwordPolicy = {
      minimumPasswordLength: 14,
      requireSymbols: true,
      requireNumbers: true,
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
      allowUsersToChangePassword: true,
      hardExpiry: false,
    };
    const cases: [string, string][] = [
      ['Sh0rt-Pass', 'Password should have a minimum length of 14'],
      ['LongPassword1234', 'Password should have at least one symbol'],
      ['longpassword-1234', 'Password should have at least one uppercase'],
      ['LONGPASSWORD-1234', 'Password should have at least one lowercase'],
      ['LongPassword-abcd', 'Password should have at least one number'],
    ];
    for (const [password, message] of cases) {
      await expect(create(password)).rejects.toThrow(message);
    }
    await create('LongPassword-1234');

    // An update with a weak password leaves the profile as it was.
    await expect(
      h.iam.send(
        new UpdateLoginProfileCommand({ UserName: 'bob', Password: 'weak' }),
      ),
    ).rejects.toBeInstanceOf(PasswordPolicyViolationException);
    const profile = h.sandbox.service.account.users.get('bob')?.loginProfile;
    expect(profile?.password).toBe('LongPassword-1234');
  });
});
