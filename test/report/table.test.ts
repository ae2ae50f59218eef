import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { alignColumns, MAX_CELL_WIDTH } from '../../src/report/table.js';
import { makeInventory, makeUser, NOW } from '../fixtures/inventory.js';
import { reportFixture } from './fixture.js';

/** The lines of the block that starts with a line beginning `first`. */
function block(text: string, first: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(first));
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

/** Where each column starts, read from the header's words. */
function columnStarts(header: string, names: string[]): number[] {
  return names.map((name) => header.indexOf(name));
}

describe('table report', () => {
  const { inventory, findings } = reportFixture();
  const text = formatReport(inventory, findings, 'table', NOW);

  it('starts with the summary, labels aligned', () => {
    const summary = block(text, 'Account');

    expect(summary[0]).toBe('Account    123456789012 (example-corp)');
    expect(summary).toContain('Findings   2 high, 1 medium, 1 low');
    expect(summary).toContain(
      'Root user  MFA on (hardware), access keys present',
    );
  });

  it('lines up every users row under the header', () => {
    const [header = '', ...rows] = block(text, 'USER');
    const starts = columnStarts(header, ['CONSOLE', 'MFA', 'ACTIVE KEYS']);

    expect(rows).toHaveLength(4);
    for (const row of rows) {
      for (const start of starts) {
        expect(row[start - 1]).toBe(' ');
        expect(row[start]).not.toBe(' ');
      }
    }
    expect(rows[2]?.slice(starts[2]).startsWith('1 ')).toBe(true);
  });

  it('lists findings with severity, rule, CIS ref, user and detail', () => {
    const [header = '', first = ''] = block(text, 'SEVERITY');
    const detailAt = header.indexOf('DETAIL');

    expect(first.split(/\s{2,}/)).toEqual([
      'high',
      'root-access-keys',
      '1.4',
      '(account)',
      'the root user has at least one access key',
    ]);
    expect(first.indexOf('the root user')).toBe(detailAt);
  });

  it('cuts a long cell so the columns after it stay in view', () => {
    const name = 'a'.repeat(64);
    const inventory = makeInventory({ users: [makeUser({ userName: name })] });

    const [header = '', row = ''] = block(
      formatReport(inventory, [], 'table', NOW),
      'USER',
    );

    expect(row.startsWith(`${'a'.repeat(MAX_CELL_WIDTH - 3)}...  no`)).toBe(
      true,
    );
    expect(header.indexOf('CONSOLE')).toBe(MAX_CELL_WIDTH + 2);
  });

  it('pads all but the last column, and leaves no trailing spaces', () => {
    expect(
      alignColumns([
        ['a', 'bb', 'c'],
        ['ddd', 'e', ''],
      ]),
    ).toEqual(['a    bb  c', 'ddd  e']);
  });
});
