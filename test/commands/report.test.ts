import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/report/index.js';
import { runCli } from './cli.js';

describe('mfa-tui report on the sandbox', () => {
  it('prints JSON on stdout and exits 1 on high findings', async () => {
    const result = await runCli(['report', '--sandbox', '--format', 'json']);
    const report = JSON.parse(result.stdout) as ReportJson;
    expect(report.schemaVersion).toBe(1);
    expect(report.users.length).toBe(41);
    expect(report.findings.some((f) => f.severity === 'high')).toBe(true);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('exits 0 with --fail-on none', async () => {
    const result = await runCli(['report', '--sandbox', '--fail-on', 'none']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Account    123456789012');
  });

  it('prints one CSV row per user', async () => {
    const result = await runCli(['report', '--sandbox', '--format', 'csv']);
    const rows = parse(result.stdout, { columns: true }) as object[];
    expect(rows).toHaveLength(41);
  });

  it('prints Markdown tables', async () => {
    const result = await runCli([
      'report',
      '--sandbox',
      '--format',
      'markdown',
    ]);
    expect(result.stdout).toMatch(/^\| User /m);
  });
});

describe('mfa-tui errors', () => {
  it('refuses an unknown format with exit 2', async () => {
    const result = await runCli(['report', '--sandbox', '--format', 'yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/yaml.*invalid|Allowed choices/i);
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown flag with exit 2', async () => {
    const result = await runCli(['--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--frobnicate'");
  });

  it('explains missing credentials in one line, without a stack trace', async () => {
    const result = await runCli(['report'], {
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^mfa-tui: No AWS credentials were found/);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('explains an unreachable endpoint', async () => {
    const result = await runCli(
      ['report', '--endpoint-url', 'http://127.0.0.1:9'],
      {
        AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEEXAMPLE12',
        AWS_SECRET_ACCESS_KEY: 'not-a-real-secret-not-a-real-secret-0000',
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot reach the AWS endpoint/);
  });

  it('explains an unknown profile', async () => {
    const result = await runCli(['report', '--profile', 'nosuchprofile'], {
      AWS_CONFIG_FILE: '/nonexistent/config',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nosuchprofile/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--debug FILE', () => {
  it('records every AWS call and the error, with no secrets', async () => {
    const log = join(
      mkdtempSync(join(tmpdir(), 'mfa-tui-debug-')),
      'debug.jsonl',
    );
    await runCli(['report', '--sandbox', '--debug', log]);
    const events = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);

    const calls = events.filter((event) => event.event === 'aws-call');
    expect(calls.map((call) => call.action)).toEqual(
      expect.arrayContaining([
        'GetCallerIdentity',
        'GenerateCredentialReport',
        'GetCredentialReport',
        'GetAccountAuthorizationDetails',
      ]),
    );
    // The seeded account has no password policy: AWS says NoSuchEntity.
    expect(calls).toContainEqual(
      expect.objectContaining({
        action: 'GetAccountPasswordPolicy',
        outcome: 'NoSuchEntity',
      }),
    );
    for (const call of calls) {
      expect(call.outcome).toEqual(expect.any(String));
      expect(call.durationMs).toEqual(expect.any(Number));
      expect(call.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(readFileSync(log, 'utf8')).not.toMatch(
      /SecretAccessKey|[A-Za-z0-9+/]{40}/,
    );
  });

  it('keeps the stack of a failure out of the terminal and in the log', async () => {
    const log = join(
      mkdtempSync(join(tmpdir(), 'mfa-tui-debug-')),
      'debug.jsonl',
    );
    const result = await runCli(['report', '--debug', log], {
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
    });
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    const fatal = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; stack?: string })
      .find((event) => event.event === 'fatal');
    expect(fatal?.stack).toMatch(/\bat .+:\d+:\d+/);
  });
});
