import {
  CreateUserCommand,
  GetUserCommand,
  ListUsersCommand,
  NoSuchEntityException,
  EntityAlreadyExistsException,
  IAMServiceException,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

describe.each(TRANSPORTS)('users over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport);
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
});
