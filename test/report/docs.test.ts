import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/model/findings.js';
import { formatReport, type ReportJson } from '../../src/report/index.js';
import { NOW } from '../fixtures/inventory.js';
import { reportFixture } from './fixture.js';

const doc = readFileSync(
  new URL('../../docs/report-json.md', import.meta.url),
  'utf8',
);

/** Every table row in the doc, as trimmed cells (Prettier pads them). */
const rows = doc
  .split('\n')
  .filter((line) => line.startsWith('| '))
  .map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim()),
  );

/** The names in the first column, without their backquotes. */
const documented = new Set(rows.map(([first]) => first?.replace(/`/g, '')));

describe('docs/report-json.md', () => {
  it('lists every rule with its severity and CIS reference', () => {
    for (const { id, severity, cis } of RULES) {
      expect(rows).toContainEqual(
        expect.arrayContaining([`\`${id}\``, severity, cis ?? '-']),
      );
    }
  });

  it('documents every field the JSON report writes', () => {
    const { inventory, findings } = reportFixture();
    const report = JSON.parse(
      formatReport(inventory, findings, 'json', NOW),
    ) as ReportJson;

    const fields = [
      ...Object.keys(report),
      ...Object.keys(report.account),
      ...Object.keys(report.users[0]!),
      ...Object.keys(report.findings[0]!),
    ];

    expect(fields.filter((field) => !documented.has(field))).toEqual([]);
  });
});
