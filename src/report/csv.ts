import { stringify } from 'csv-stringify/sync';
import { isoOrNull } from '../model/time.js';
import type { Finding, Inventory } from '../model/types.js';
import { mfaDeviceLabel, reportRows } from './rows.js';

/**
 * One row per user, for spreadsheets. Column names match the JSON
 * report's field names; lists are joined with ';', dates are ISO 8601,
 * booleans are true/false, and a missing value is an empty cell.
 */
export const CSV_COLUMNS = [
  'userName',
  'arn',
  'createdAt',
  'passwordEnabled',
  'passwordLastUsed',
  'mfaActive',
  'mfaDevices',
  'accessKeys',
  'activeAccessKeys',
  'groups',
  'findings',
  'worstSeverity',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

const LIST_SEPARATOR = ';';

export function formatCsv(
  inventory: Inventory,
  findings: readonly Finding[],
): string {
  const rows = reportRows(inventory, findings).map((row): CsvRow => ({
    userName: row.user.userName,
    arn: row.user.arn,
    createdAt: row.user.createdAt.toISOString(),
    passwordEnabled: String(row.user.passwordEnabled),
    passwordLastUsed: isoOrNull(row.user.passwordLastUsed) ?? '',
    mfaActive: String(row.user.mfaActive),
    mfaDevices: row.user.mfaDevices.map(mfaDeviceLabel).join(LIST_SEPARATOR),
    accessKeys: row.accessKeyLabels.join(LIST_SEPARATOR),
    activeAccessKeys: String(row.activeAccessKeys),
    groups: row.user.groups.join(LIST_SEPARATOR),
    findings: row.ruleIds.join(LIST_SEPARATOR),
    worstSeverity: row.worst ?? '',
  }));

  // IAM names may start with = + - @; a spreadsheet would run them as
  // formulas, so csv-stringify prefixes such cells with a quote.
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    escape_formulas: true,
  });
}
