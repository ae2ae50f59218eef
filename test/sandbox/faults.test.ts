import {
  GetUserCommand,
  IAMClient,
  ListUsersCommand,
  ServiceFailureException,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf } from './failures.js';
import { type SandboxHarness, startSandbox, TRANSPORTS } from './harness.js';

describe.each(TRANSPORTS)('faults over %s', (transport) => {
  let h: SandboxHarness;
  beforeEach(async () => {
    h = await startSandbox(transport, { users: 0 });
  });
  afterEach(() => h.close());

  const listUsers = () => h.iam.send(new ListUsersCommand({}));

  it('adds latency to every call', async () => {
    h.sandbox.service.faults.config = { latencyMs: 120 };
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      await listUsers();
      // Timers may fire a fraction of a millisecond early.
      expect(performance.now() - start).toBeGreaterThanOrEqual(119);
    }
  });

  it('throttles once the burst is spent', async () => {
    h.sandbox.service.faults.config = {
      throttle: { ratePerSecond: 0.2, burst: 3 },
    };
    for (let i = 0; i < 3; i++) await listUsers();

    expect(await failureOf(listUsers())).toEqual({
      name: 'Throttling',
      status: 400,
      message: 'Rate exceeded',
    });
  });

  it("lets the SDK's standard retry ride out throttling", async () => {
    h.sandbox.service.faults.config = {
      throttle: { ratePerSecond: 20, burst: 1 },
    };
    const patient = new IAMClient({
      region: 'us-east-1',
      credentials: h.sandbox.admin,
      maxAttempts: 5,
      endpoint: h.connection.endpointUrl,
      requestHandler: h.connection.requestHandler,
    });

    const answers = await Promise.all(
      Array.from({ length: 3 }, () => patient.send(new ListUsersCommand({}))),
    );
    patient.destroy();

    expect(answers.every((a) => a.Users?.length === 1)).toBe(true);
    const attempts = answers.map((a) => a.$metadata.attempts ?? 1);
    expect(Math.max(...attempts)).toBeGreaterThan(1);
  });

  it('fails every call with ServiceFailure at failureRate 1', async () => {
    h.sandbox.service.faults.config = { failureRate: 1 };
    const error = await listUsers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceFailureException);
    expect((error as ServiceFailureException).$metadata.httpStatusCode).toBe(
      500,
    );

    // Faults change at run time: clearing them heals the sandbox.
    h.sandbox.service.faults.config = {};
    expect((await listUsers()).Users).toHaveLength(1);
  });

  it('denies the named actions, naming them', async () => {
    h.sandbox.service.faults.config = {
      deniedActions: ['ListUsers', 'GetCallerIdentity'],
    };
    const denied = await failureOf(listUsers());
    expect(denied).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(denied.message).toContain(
      'arn:aws:iam::123456789012:user/sandbox-admin is not authorized ' +
        'to perform: iam:ListUsers',
    );
    const stsDenied = await failureOf(
      h.sts.send(new GetCallerIdentityCommand({})),
    );
    expect(stsDenied.message).toContain('sts:GetCallerIdentity');

    const { User } = await h.iam.send(new GetUserCommand({}));
    expect(User?.UserName).toBe('sandbox-admin');
  });

  it('takes faults from the options it starts with', async () => {
    await h.close();
    h = await startSandbox(transport, {
      users: 0,
      faults: { deniedActions: ['ListUsers'] },
    });
    expect(await failureOf(listUsers())).toMatchObject({
      name: 'AccessDenied',
    });
  });
});
