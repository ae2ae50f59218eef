import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetUserCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
} from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/sandbox/totp.js';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

const ACCOUNT = '123456789012';
const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;

function policy(statement: object): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
}

describe.each(TRANSPORTS)('authorization over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport);
  });
  afterEach(() => h.close());

  /** A user with an access key, and SDK clients signed with it. */
  async function userWithKey(userName: string) {
    await h.iam.send(new CreateUserCommand({ UserName: userName }));
    const { AccessKey } = await h.iam.send(
      new CreateAccessKeyCommand({ UserName: userName }),
    );
    return h.clientsFor({
      accessKeyId: AccessKey?.AccessKeyId ?? '',
      secretAccessKey: AccessKey?.SecretAccessKey ?? '',
    });
  }

  // AWS's wording: "User: <arn> is not authorized to perform: <action> on
  // resource: <arn> because no identity-based policy allows the <action>
  // action", or "... with an explicit deny in an identity-based policy".
  it('denies a plain user everything but GetCallerIdentity', async () => {
    const bob = await userWithKey('bob');
    const identity = await bob.sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe(BOB);

    await expect(bob.iam.send(new ListUsersCommand({}))).rejects.toMatchObject({
      Code: 'AccessDenied',
      message:
        `User: ${BOB} is not authorized to perform: iam:ListUsers on ` +
        'resource: * because no identity-based policy allows the ' +
        'iam:ListUsers action',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(bob.iam.send(new GetUserCommand({}))).rejects.toMatchObject({
      Code: 'AccessDenied',
      message: expect.stringContaining(`iam:GetUser on resource: ${BOB} `),
    });
  });

  it("allows what a group's managed policy allows, and only that", async () => {
    const bob = await userWithKey('bob');
    await h.iam.send(new CreateGroupCommand({ GroupName: 'auditors' }));
    await h.iam.send(
      new AttachGroupPolicyCommand({
        GroupName: 'auditors',
        PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
      }),
    );
    await h.iam.send(
      new AddUserToGroupCommand({ GroupName: 'auditors', UserName: 'bob' }),
    );

    const { Users } = await bob.iam.send(new ListUsersCommand({}));
    expect(Users?.map((u) => u.UserName)).toContain('bob');
    await expect(
      bob.iam.send(new CreateUserCommand({ UserName: 'eve' })),
    ).rejects.toMatchObject({ Code: 'AccessDenied' });
  });

  it('expands ${aws:username}: a user may read only itself', async () => {
    const bob = await userWithKey('bob');
    await h.iam.send(new CreateUserCommand({ UserName: 'alice' }));
    await h.iam.send(
      new PutUserPolicyCommand({
        UserName: 'bob',
        PolicyName: 'self',
        PolicyDocument: policy({
          Effect: 'Allow',
          Action: 'iam:GetUser',
          Resource: 'arn:aws:iam::*:user/${aws:username}',
        }),
      }),
    );

    const { User } = await bob.iam.send(new GetUserCommand({}));
    expect(User?.UserName).toBe('bob');
    await expect(
      bob.iam.send(new GetUserCommand({ UserName: 'alice' })),
    ).rejects.toMatchObject({
      Code: 'AccessDenied',
      message: expect.stringContaining(
        `on resource: arn:aws:iam::${ACCOUNT}:user/alice`,
      ),
    });
  });

  it('lets an explicit deny beat AdministratorAccess', async () => {
    const carol = await userWithKey('carol');
    await h.iam.send(
      new AttachUserPolicyCommand({
        UserName: 'carol',
        PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      }),
    );
    await carol.iam.send(new ListUsersCommand({}));

    await h.iam.send(
      new PutUserPolicyCommand({
        UserName: 'carol',
        PolicyName: 'deny-all',
        PolicyDocument: policy({ Effect: 'Deny', Action: '*', Resource: '*' }),
      }),
    );
    await expect(
      carol.iam.send(new ListUsersCommand({})),
    ).rejects.toMatchObject({
      Code: 'AccessDenied',
      message:
        `User: arn:aws:iam::${ACCOUNT}:user/carol is not authorized to ` +
        'perform: iam:ListUsers on resource: * with an explicit deny in ' +
        'an identity-based policy',
    });
    // AWS: no policy can deny GetCallerIdentity.
    await carol.sts.send(new GetCallerIdentityCommand({}));
  });

  it('applies an MFA-conditioned statement only to MFA sessions', async () => {
    const bob = await userWithKey('bob');
    await h.iam.send(
      new PutUserPolicyCommand({
        UserName: 'bob',
        PolicyName: 'list-with-mfa',
        PolicyDocument: policy({
          Effect: 'Allow',
          Action: 'iam:ListUsers',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        }),
      }),
    );
    const { VirtualMFADevice } = await h.iam.send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'bob' }),
    );
    const serial = VirtualMFADevice?.SerialNumber ?? '';
    const seed = new TextDecoder().decode(VirtualMFADevice?.Base32StringSeed);
    const now = Date.now();
    await h.iam.send(
      new EnableMFADeviceCommand({
        UserName: 'bob',
        SerialNumber: serial,
        AuthenticationCode1: totpCode(seed, new Date(now - 30_000)),
        AuthenticationCode2: totpCode(seed, new Date(now)),
      }),
    );

    // Long-term key: aws:MultiFactorAuthPresent is absent, Bool fails.
    await expect(bob.iam.send(new ListUsersCommand({}))).rejects.toMatchObject({
      Code: 'AccessDenied',
    });

    const session = async (withMfa: boolean) => {
      const { Credentials } = await bob.sts.send(
        new GetSessionTokenCommand(
          withMfa
            ? { SerialNumber: serial, TokenCode: totpCode(seed, new Date()) }
            : {},
        ),
      );
      return h.clientsFor({
        accessKeyId: Credentials?.AccessKeyId ?? '',
        secretAccessKey: Credentials?.SecretAccessKey ?? '',
        sessionToken: Credentials?.SessionToken ?? '',
      });
    };

    const withoutMfa = await session(false);
    await expect(
      withoutMfa.iam.send(new ListUsersCommand({})),
    ).rejects.toMatchObject({ Code: 'AccessDenied' });

    const withMfa = await session(true);
    const { Users } = await withMfa.iam.send(new ListUsersCommand({}));
    expect(Users?.map((u) => u.UserName)).toContain('bob');
  });
});
