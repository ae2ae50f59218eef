import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import { formatReport } from '../../src/report/index.js';
import { makeInventory, NOW } from '../fixtures/inventory.js';
import { reportFixture } from './fixture.js';

describe('CSV report', () => {
  const { inventory, findings } = reportFixture();
  const rows: Record<string, string>[] = parse(
    formatReport(inventory, findings, 'csv', NOW),
    { columns: true },
  );

  it('has one row per user under the fixed header', () => {
    const [header] = parse(formatReport(inventory, findings, 'csv', NOW), {
      to_line: 1,
    }) as string[][];

    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(inventory.users.length);
  });

  it('joins lists with semicolons and writes ISO dates', () => {
    const alice = rows.find((r) => r.userName === 'alice');
    const bob = rows.find((r) => r.userName === 'bob');
    const ci = rows.find((r) => r.userName === 'ci-deploy');

    expect(alice).toMatchObject({
      passwordEnabled: 'true',
      mfaActive: 'false',
      groups: 'developers;on-call',
      findings: 'console-without-mfa',
      worstSeverity: 'high',
    });
    expect(alice?.createdAt).toBe('2025-04-27T12:00:00.000Z');
    expect(bob?.mfaDevices).toBe(
      'arn:aws:iam::123456789012:mfa/bob;hardware device',
    );
    expect(ci).toMatchObject({
      accessKeys: 'AKIAIOSFODNN7EXAMPLE;AKIAI44QH8DHBEXAMPLE',
      activeAccessKeys: '1',
      passwordLastUsed: '',
      findings: 'access-key-too-old;user-direct-policies',
      worstSeverity: 'medium',
    });
  });

  // CSV injection: spreadsheets run a cell starting with = + - @ as a
  // formula. csv-stringify's escape_formulas (since 6.3.0) prefixes such
  // a cell with ' so it stays text.
  it('defuses a user name that a spreadsheet would run as a formula', () => {
    expect(rows[3]?.userName).toBe("'=cmd@example.com");
  });

  it('writes only the header for an account without users', () => {
    const text = formatReport(makeInventory(), [], 'csv', NOW);

    expect(text).toBe(CSV_COLUMNS.join(',') + '\n');
  });
});
