import {
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  CredentialReportNotPresentException,
  CredentialReportNotReadyException,
  GenerateCredentialReportCommand,
  GetCredentialReportCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  failure,
  type ManualClock,
  manualClock,
  type SandboxHarness,
  startSandbox,
  TRANSPORTS,
} from './harness.js';

// The 22 columns in AWS's order (IAM User Guide, "Getting credential
// reports": user ... cert_2_last_rotated). N/A where a value does not
// apply (no password, no key, a key never used, no rotation policy),
// no_information for a password never used, not_supported on the root
// row for password_enabled, password_last_changed and
// password_next_rotation. Real reports write lower-case true/false and
// times as 2024-01-01T00:00:00+00:00.
const COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
];

const HOUR_MS = 60 * 60 * 1000;
const START = '2025-01-15T12:00:00+00:00';

type Row = Record<string, string>;

describe.each(TRANSPORTS)('credential report over %s', (transport) => {
  let h: SandboxHarness;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = manualClock();
    h = await startSandbox(transport, { clock });
  });
  afterEach(() => h.close());

  const generate = () => h.iam.send(new GenerateCredentialReportCommand({}));
  const get = () => h.iam.send(new GetCredentialReportCommand({}));

  /** Polls GenerateCredentialReport as a client must, then reads it. */
  async function freshReport() {
    for (let attempt = 0; attempt < 5; attempt++) {
      if ((await generate()).State === 'COMPLETE') break;
    }
    const report = await get();
    const text = new TextDecoder().decode(report.Content);
    const rows = parse(text, { columns: true }) as Row[];
    return { report, text, rows };
  }

  function rowOf(rows: Row[], user: string): Row {
    const row = rows.find((r) => r.user === user);
    expect(row).toBeDefined();
    return row as Row;
  }

  it('answers ReportNotPresent before any report', async () => {
    const error = await failure(get());
    expect(error).toBeInstanceOf(CredentialReportNotPresentException);
    // AWS: ReportNotPresent, HTTP 410.
    expect(error.$metadata.httpStatusCode).toBe(410);
  });

  it('starts, is in progress, then completes: clients must poll', async () => {
    const started = await generate();
    expect(started.State).toBe('STARTED');
    expect(started.Description).toBeTruthy();

    // AWS: ReportInProgress, HTTP 404, while it is being generated.
    const error = await failure(get());
    expect(error).toBeInstanceOf(CredentialReportNotReadyException);
    expect(error.$metadata.httpStatusCode).toBe(404);

    const report = await get();
    expect(report.ReportFormat).toBe('text/csv');
    expect(report.Content).toBeInstanceOf(Uint8Array);
    expect(report.GeneratedTime?.toISOString()).toBe(clock.now().toISOString());
    expect((await generate()).State).toBe('COMPLETE');
  });

  it('reports INPROGRESS to a second GenerateCredentialReport', async () => {
    expect((await generate()).State).toBe('STARTED');
    expect((await generate()).State).toBe('INPROGRESS');
    expect((await generate()).State).toBe('COMPLETE');
  });

  it('finishes on its own once the generation time has passed', async () => {
    await generate();
    clock.advance(2000);
    const report = await get();
    expect(report.GeneratedTime?.getTime()).toBe(clock.now().getTime());
  });

  it('writes AWS’s 22 columns and a <root_account> row first', async () => {
    await h.iam.send(new CreateUserCommand({ UserName: 'bare' }));
    const { text, rows } = await freshReport();

    expect(text.split('\n')[0]).toBe(COLUMNS.join(','));
    expect(rows[0]).toEqual({
      ...Object.fromEntries(COLUMNS.map((c) => [c, 'N/A'])),
      user: '<root_account>',
      arn: 'arn:aws:iam::123456789012:root',
      user_creation_time: START,
      password_enabled: 'not_supported',
      password_last_used: 'no_information',
      password_last_changed: 'not_supported',
      password_next_rotation: 'not_supported',
      mfa_active: 'false',
      access_key_1_active: 'false',
      access_key_2_active: 'false',
      cert_1_active: 'false',
      cert_2_active: 'false',
    });
    expect(rowOf(rows, 'bare')).toEqual({
      ...Object.fromEntries(COLUMNS.map((c) => [c, 'N/A'])),
      user: 'bare',
      arn: 'arn:aws:iam::123456789012:user/bare',
      user_creation_time: START,
      password_enabled: 'false',
      mfa_active: 'false',
      access_key_1_active: 'false',
      access_key_2_active: 'false',
      cert_1_active: 'false',
      cert_2_active: 'false',
    });
  });

  it('reports passwords, rotation, MFA and real key use', async () => {
    await h.iam.send(
      new UpdateAccountPasswordPolicyCommand({ MaxPasswordAge: 90 }),
    );
    await h.iam.send(new CreateUserCommand({ UserName: 'alice' }));
    await h.iam.send(
      new CreateLoginProfileCommand({
        UserName: 'alice',
        Password: 'Correct-Horse-9',
      }),
    );
    const { AccessKey } = await h.iam.send(
      new CreateAccessKeyCommand({ UserName: 'alice' }),
    );
    await h.iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }));
    h.sandbox.service.account.users.get('alice')?.mfaDevices.push({
      serialNumber: 'GAHT12345678',
      enableDate: new Date(),
    });

    clock.advance(HOUR_MS);
    const own = h.clientsFor({
      accessKeyId: AccessKey?.AccessKeyId ?? '',
      secretAccessKey: AccessKey?.SecretAccessKey ?? '',
    });
    // GetCallerIdentity needs no permission, so any key may sign it.
    await own.sts.send(new GetCallerIdentityCommand({}));
    own.iam.destroy();
    own.sts.destroy();

    const alice = rowOf((await freshReport()).rows, 'alice');
    expect(alice).toMatchObject({
      password_enabled: 'true',
      password_last_used: 'no_information',
      password_last_changed: START,
      password_next_rotation: '2025-04-15T12:00:00+00:00',
      mfa_active: 'true',
      access_key_1_active: 'true',
      access_key_1_last_rotated: START,
      access_key_1_last_used_date: '2025-01-15T13:00:00+00:00',
      access_key_1_last_used_region: 'us-east-1',
      access_key_1_last_used_service: 'sts',
      access_key_2_active: 'true',
      access_key_2_last_rotated: START,
      access_key_2_last_used_date: 'N/A',
      access_key_2_last_used_region: 'N/A',
      access_key_2_last_used_service: 'N/A',
    });
  });

  it('serves a report younger than 4 hours as it is, stale', async () => {
    const first = await freshReport();
    await h.iam.send(new CreateUserCommand({ UserName: 'late' }));

    clock.advance(3 * HOUR_MS);
    expect((await generate()).State).toBe('COMPLETE');
    const stale = await get();
    expect(stale.GeneratedTime).toEqual(first.report.GeneratedTime);
    expect(new TextDecoder().decode(stale.Content)).not.toContain('late');

    clock.advance(HOUR_MS);
    expect((await generate()).State).toBe('STARTED');
    const fresh = await freshReport();
    expect(fresh.rows.map((r) => r.user)).toContain('late');
    expect(fresh.report.GeneratedTime?.getTime()).toBe(clock.now().getTime());
  });
});
