import type { Finding, Inventory } from '../model/types.js';
import {
  FINDING_COLUMNS,
  findingCells,
  reportRows,
  summaryFields,
  USER_COLUMNS,
  userCells,
} from './rows.js';

/**
 * Plain text for a terminal: aligned columns, no colours, no box
 * drawing, so it reads the same piped into a file or a pager.
 */

/** Cells wider than this are cut short, so one long name cannot push
 * every other column off the screen. The last column is never cut. */
export const MAX_CELL_WIDTH = 40;

const GAP = '  ';

export function formatTable(
  inventory: Inventory,
  findings: readonly Finding[],
  now: Date,
): string {
  const users = reportRows(inventory, findings).map(userCells);
  const header = (columns: readonly string[]) =>
    columns.map((c) => c.toUpperCase());

  return [
    ...alignColumns(summaryFields(inventory, findings, now)),
    '',
    ...(users.length === 0
      ? ['No users.']
      : alignColumns([header(USER_COLUMNS), ...users])),
    '',
    ...(findings.length === 0
      ? ['No findings.']
      : alignColumns([header(FINDING_COLUMNS), ...findings.map(findingCells)])),
    '',
  ].join('\n');
}

/**
 * Pads every column but the last to its widest cell. Widths are counted
 * in UTF-16 units, which equals terminal columns here: IAM names, ids,
 * ARNs and account aliases are ASCII by AWS's own rules, and so is every
 * detail the rules write.
 */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const cut = rows.map((row) =>
    row.map((cell, i) => (i < row.length - 1 ? truncate(cell) : cell)),
  );
  const widths: number[] = [];
  for (const row of cut) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }

  return cut.map((row) =>
    row
      .map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell))
      .join(GAP)
      .trimEnd(),
  );
}

function truncate(cell: string): string {
  const flat = cell.replace(/\s+/g, ' ');
  return flat.length <= MAX_CELL_WIDTH
    ? flat
    : `${flat.slice(0, MAX_CELL_WIDTH - 3)}...`;
}
