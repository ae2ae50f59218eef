import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { escapeCell } from '../../src/report/markdown.js';
import { makeInventory, NOW } from '../fixtures/inventory.js';
import { reportFixture } from './fixture.js';

/** The rows of the table under `heading`, split into unescaped cells. */
function tableUnder(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  const rows: string[][] = [];

  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) continue;
    rows.push(
      line
        .slice(2, -2)
        .split(/ (?<!\\)\| /)
        .map((cell) => cell.replace(/\\(.)/g, '$1')),
    );
  }
  return rows;
}

describe('Markdown report', () => {
  const { inventory, findings } = reportFixture();
  const markdown = formatReport(inventory, findings, 'markdown', NOW);

  it('opens with a summary of the account and the findings', () => {
    expect(markdown).toContain('- Account: 123456789012 (example-corp)');
    expect(markdown).toContain('- Users: 4');
    expect(markdown).toContain('- Findings: 2 high, 1 medium, 1 low');
  });

  it('has a users table with one row per user', () => {
    const [header, rule, ...rows] = tableUnder(markdown, '## Users');

    expect(header).toEqual([
      'User',
      'Console',
      'MFA',
      'Active keys',
      'Password last used',
      'Groups',
      'Findings',
    ]);
    expect(rule?.every((cell) => cell === '---')).toBe(true);
    expect(rows.map((r) => r[0])).toEqual([
      'alice',
      'bob',
      'ci-deploy',
      '=cmd@example.com',
    ]);
    expect(rows[0]).toEqual([
      'alice',
      'yes',
      'none',
      '0',
      '2026-05-31',
      'developers, on-call',
      'console-without-mfa',
    ]);
    expect(rows[1]?.[2]).toBe('virtual+hardware');
    expect(rows[1]?.[4]).toBe('never');
    expect(rows[2]?.[4]).toBe('-');
  });

  it('has a findings table, worst first', () => {
    const [, , ...rows] = tableUnder(markdown, '## Findings');

    expect(rows).toHaveLength(findings.length);
    expect(rows[0]).toEqual([
      'high',
      'root-access-keys',
      '1.4',
      '(account)',
      'the root user has at least one access key',
    ]);
  });

  it('keeps a pipe inside a cell from splitting the row', () => {
    const odd = { ...findings[0]!, detail: 'a|b\nc' };
    const text = formatReport(inventory, [odd], 'markdown', NOW);
    const [, , row] = tableUnder(text, '## Findings');

    expect(row).toHaveLength(5);
    expect(row?.[4]).toBe('a|b c');
  });

  it('says so when there is nothing to list', () => {
    const empty = formatReport(makeInventory(), [], 'markdown', NOW);

    expect(empty).toContain('## Users\n\nNo users.');
    expect(empty).toContain('## Findings\n\nNo findings.');
  });

  it('escapes pipes, backslashes and line breaks in a cell', () => {
    expect(escapeCell('a|b')).toBe('a\\|b');
    expect(escapeCell('a\\|b')).toBe('a\\\\\\|b');
    expect(escapeCell('one\ntwo')).toBe('one two');
  });
});
