import { describe, expect, it } from 'vitest';
import { formatReport, type ReportJson } from '../../src/report/index.js';
import { NOW } from '../fixtures/inventory.js';
import { reportFixture } from './fixture.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('JSON report', () => {
  const { inventory, findings } = reportFixture();
  const text = formatReport(inventory, findings, 'json', NOW);
  const report = JSON.parse(text) as ReportJson;

  it('is one JSON document ending in a newline', () => {
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('carries the schema version, times and source', () => {
    expect(report).toMatchObject({
      schemaVersion: 1,
      generatedAt: '2026-06-01T12:00:00.000Z',
      source: 'credential-report',
      credentialReportGeneratedAt: '2026-06-01T12:00:00.000Z',
    });
  });

  it('describes the account, including its password policy', () => {
    expect(report.account).toMatchObject({
      id: '123456789012',
      alias: 'example-corp',
      rootMfaEnabled: true,
      rootAccessKeysPresent: true,
    });
    expect(report.account.passwordPolicy?.minimumPasswordLength).toBe(14);
  });

  it('lists every user with ISO dates and their rule ids', () => {
    const names = report.users.map((u) => u.userName);
    const alice = report.users.find((u) => u.userName === 'alice');
    const ci = report.users.find((u) => u.userName === 'ci-deploy');

    expect(names).toEqual(['alice', 'bob', 'ci-deploy', '=cmd@example.com']);
    expect(alice).toMatchObject({
      passwordEnabled: true,
      mfaActive: false,
      mfaDevices: [],
      groups: ['developers', 'on-call'],
      findings: ['console-without-mfa'],
    });
    expect(alice?.createdAt).toMatch(ISO);
    expect(alice?.passwordLastUsed).toMatch(ISO);
    expect(ci?.accessKeys).toEqual([
      expect.objectContaining({
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        status: 'Active',
        createdAt: '2025-04-15T12:00:00.000Z',
        lastUsedService: 'iam',
      }),
      expect.objectContaining({
        accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
        status: 'Inactive',
        lastUsedAt: null,
      }),
    ]);
    expect(ci?.findings).toEqual([
      'access-key-too-old',
      'user-direct-policies',
    ]);
  });

  it('tells a hardware device without a serial number apart', () => {
    const bob = report.users.find((u) => u.userName === 'bob');

    expect(bob?.mfaDevices.map((d) => [d.serialNumber, d.type])).toEqual([
      ['arn:aws:iam::123456789012:mfa/bob', 'virtual'],
      [null, 'hardware'],
    ]);
  });

  it('lists every finding with its rule fields, worst first', () => {
    expect(report.findings).toHaveLength(findings.length);
    expect(report.findings[0]).toEqual({
      id: 'root-access-keys',
      severity: 'high',
      title: 'Root user has access keys',
      cis: '1.4',
      userName: null,
      detail: 'the root user has at least one access key',
    });
    expect(report.summary).toEqual({
      users: 4,
      findings: { high: 2, medium: 1, low: 1 },
      worstSeverity: 'high',
    });
  });
});
