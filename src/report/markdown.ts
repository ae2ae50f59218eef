import type { Finding, Inventory } from '../model/types.js';
import {
  FINDING_COLUMNS,
  findingCells,
  reportRows,
  summaryFields,
  USER_COLUMNS,
  userCells,
} from './rows.js';

/** A report to paste into a ticket or a pull request (GitHub Markdown). */
export function formatMarkdown(
  inventory: Inventory,
  findings: readonly Finding[],
  now: Date,
): string {
  const users = reportRows(inventory, findings).map(userCells);
  const findingRows = findings.map(findingCells);

  return [
    '# IAM MFA and access key report',
    '',
    ...summaryFields(inventory, findings, now).map(
      ([label, value]) => `- ${label}: ${escapeCell(value)}`,
    ),
    '',
    '## Users',
    '',
    ...(users.length === 0 ? ['No users.'] : table(USER_COLUMNS, users)),
    '',
    '## Findings',
    '',
    ...(findingRows.length === 0
      ? ['No findings.']
      : table(FINDING_COLUMNS, findingRows)),
    '',
  ].join('\n');
}

function table(header: readonly string[], rows: string[][]): string[] {
  const line = (cells: readonly string[]) =>
    `| ${cells.map(escapeCell).join(' | ')} |`;

  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/**
 * A cell may not hold a pipe or a line break; backslashes are escaped
 * first so that an escaped pipe cannot be undone by the text before it.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}
