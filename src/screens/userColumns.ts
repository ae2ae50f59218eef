import type { Column } from '../components/table/index.js';
import type { SortColumn } from '../model/sort.js';
import type { UserRow } from '../model/userRows.js';
import { formatAgo, formatDays } from '../ui/format.js';
import { COLOR, SEVERITY_COLOR, SEVERITY_LABEL } from '../ui/theme.js';

function consoleCell(row: UserRow, now: Date) {
  const { record } = row;

  if (!record.passwordEnabled) return { text: 'no' };
  return { text: `yes, ${formatAgo(record.passwordLastUsed, now)}` };
}

function mfaCell(row: UserRow) {
  const missing = row.record.passwordEnabled && row.mfa === 'none';

  switch (row.mfa) {
    case 'none':
      return { text: 'none', color: missing ? COLOR.bad : undefined };
    case 'several':
      return { text: `${row.mfaCount} devices` };
    case 'unknown':
      return { text: 'type unknown' };
    default:
      return { text: row.mfa };
  }
}

function keysCell(row: UserRow, now: Date) {
  if (row.activeKeyCount === 0) return { text: '0 active' };

  const age = formatDays(row.oldestActiveKeyDays);
  const used = formatAgo(row.keyLastUsed, now);
  return { text: `${row.activeKeyCount} · ${age} old · ${used}` };
}

function findingsCell(row: UserRow) {
  if (row.worstSeverity === null) return { text: 'none' };

  return {
    text: `${SEVERITY_LABEL[row.worstSeverity]} ${row.findings.length}`,
    color: SEVERITY_COLOR[row.worstSeverity],
  };
}

/** The users table's columns; ids match the sort columns. */
export function userColumns(now: Date): Column<UserRow>[] {
  const columns: (Column<UserRow> & { id: SortColumn })[] = [
    {
      id: 'user',
      header: 'user',
      minWidth: 12,
      weight: 3,
      cell: (row) => ({ text: row.userName }),
    },
    {
      id: 'console',
      header: 'console',
      minWidth: 13,
      weight: 1,
      maxWidth: 16,
      cell: (row) => consoleCell(row, now),
    },
    {
      id: 'mfa',
      header: 'MFA',
      minWidth: 8,
      weight: 1,
      maxWidth: 12,
      cell: mfaCell,
    },
    {
      id: 'keys',
      header: 'access keys',
      minWidth: 18,
      weight: 3,
      maxWidth: 26,
      cell: (row) => keysCell(row, now),
    },
    {
      id: 'groups',
      header: 'groups',
      minWidth: 8,
      weight: 2,
      cell: (row) => ({ text: row.record.groups.join(', ') || '—' }),
    },
    {
      id: 'findings',
      header: 'findings',
      minWidth: 8,
      weight: 0,
      cell: findingsCell,
    },
  ];

  return columns;
}
