import {
  CreateAccountAliasCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeleteAccountAliasCommand,
  DeleteAccountPasswordPolicyCommand,
  EntityAlreadyExistsException,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  ListAccountAliasesCommand,
  NoSuchEntityException,
  UpdateAccountPasswordPolicyCommand,
  type UpdateAccountPasswordPolicyCommandInput,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  failure,
  type SandboxHarness,
  startSandbox,
  TRANSPORTS,
} from './harness.js';

describe.each(TRANSPORTS)('account over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport);
  });
  afterEach(() => h.close());

  const summary = async () =>
    (await h.iam.send(new GetAccountSummaryCommand({}))).SummaryMap ?? {};
  const aliases = async () =>
    (await h.iam.send(new ListAccountAliasesCommand({}))).AccountAliases;
  const policy = async () =>
    (await h.iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy;
  const update = (input: UpdateAccountPasswordPolicyCommandInput) =>
    h.iam.send(new UpdateAccountPasswordPolicyCommand(input));

  it('summarises usage and IAM’s quotas under AWS’s key names', async () => {
    await h.iam.send(new CreateUserCommand({ UserName: 'alice' }));
    await h.iam.send(
      new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'spare' }),
    );
    const account = h.sandbox.service.account;
    account.users.get('alice')?.mfaDevices.push({
      serialNumber: 'GAHT12345678',
      enableDate: new Date(),
    });

    expect(await summary()).toMatchObject({
      Users: 2,
      UsersQuota: 5000,
      Groups: 0,
      GroupsQuota: 300,
      GroupsPerUserQuota: 10,
      AccessKeysPerUserQuota: 2,
      MFADevices: 2,
      MFADevicesInUse: 1,
      AccountMFAEnabled: 0,
      AccountAccessKeysPresent: 0,
    });

    account.root.mfaEnabled = true;
    account.root.accessKeys.push({ active: true, createDate: new Date() });
    expect(await summary()).toMatchObject({
      AccountMFAEnabled: 1,
      AccountAccessKeysPresent: 1,
      MFADevicesInUse: 2,
    });
  });

  it('keeps one account alias: a new one replaces the old', async () => {
    expect(await aliases()).toEqual([]);
    await h.iam.send(new CreateAccountAliasCommand({ AccountAlias: 'acme' }));
    await h.iam.send(
      new CreateAccountAliasCommand({ AccountAlias: 'acme-prod' }),
    );
    expect(await aliases()).toEqual(['acme-prod']);

    const again = await failure(
      h.iam.send(new CreateAccountAliasCommand({ AccountAlias: 'acme-prod' })),
    );
    expect(again).toBeInstanceOf(EntityAlreadyExistsException);

    const wrong = await failure(
      h.iam.send(new DeleteAccountAliasCommand({ AccountAlias: 'acme' })),
    );
    expect(wrong).toBeInstanceOf(NoSuchEntityException);
    await h.iam.send(
      new DeleteAccountAliasCommand({ AccountAlias: 'acme-prod' }),
    );
    expect(await aliases()).toEqual([]);
  });

  it('refuses aliases outside AWS’s pattern', async () => {
    // AWS: 3-63 characters, ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$
    for (const AccountAlias of [
      'ab',
      'Acme',
      '-acme',
      'ac--me',
      'a'.repeat(64),
    ]) {
      const error = await failure(
        h.iam.send(new CreateAccountAliasCommand({ AccountAlias })),
      );
      expect(error.name).toBe('ValidationError');
    }
    const pages = await failure(
      h.iam.send(new ListAccountAliasesCommand({ MaxItems: 0 })),
    );
    expect(pages.name).toBe('ValidationError');
  });

  it('answers NoSuchEntity while no password policy is set', async () => {
    const error = await failure(policy());
    expect(error).toBeInstanceOf(NoSuchEntityException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    // AWS's message, as seen by many clients (aws-cli #7265).
    expect(error.message).toBe(
      'The Password Policy with domain name 123456789012 cannot be found.',
    );
  });

  it('sets a policy, and sends fields left out back to defaults', async () => {
    await update({
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      AllowUsersToChangePassword: true,
      MaxPasswordAge: 90,
      PasswordReusePrevention: 24,
      HardExpiry: true,
    });
    expect(await policy()).toEqual({
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      AllowUsersToChangePassword: true,
      ExpirePasswords: true,
      MaxPasswordAge: 90,
      PasswordReusePrevention: 24,
      HardExpiry: true,
    });

    // AWS: an update with no fields gives length 6, everything else off
    // (aws-cli #7265 shows exactly this answer).
    await update({ RequireNumbers: true });
    expect(await policy()).toEqual({
      MinimumPasswordLength: 6,
      RequireSymbols: false,
      RequireNumbers: true,
      RequireUppercaseCharacters: false,
      RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: false,
      ExpirePasswords: false,
    });
  });

  it('checks AWS’s ranges for length, reuse and age', async () => {
    for (const input of [
      { MinimumPasswordLength: 5 },
      { MinimumPasswordLength: 129 },
      { PasswordReusePrevention: 0 },
      { PasswordReusePrevention: 25 },
      { MaxPasswordAge: 0 },
      { MaxPasswordAge: 1096 },
    ]) {
      const error = await failure(update(input));
      expect(error.name).toBe('ValidationError');
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
    await update({
      MinimumPasswordLength: 128,
      PasswordReusePrevention: 1,
      MaxPasswordAge: 1095,
    });
    expect(await policy()).toMatchObject({
      MinimumPasswordLength: 128,
      PasswordReusePrevention: 1,
      MaxPasswordAge: 1095,
    });
  });

  it('deletes the policy, and refuses to delete one that is not there', async () => {
    await update({ MinimumPasswordLength: 12 });
    await h.iam.send(new DeleteAccountPasswordPolicyCommand({}));
    expect(await failure(policy())).toBeInstanceOf(NoSuchEntityException);
    const again = await failure(
      h.iam.send(new DeleteAccountPasswordPolicyCommand({})),
    );
    expect(again).toBeInstanceOf(NoSuchEntityException);
  });
});
