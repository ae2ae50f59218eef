import { SEVERITY_ORDER, type UserRow } from './userRows.js';

/** The users table's columns, in the order they are shown and cycled. */
export const SORT_COLUMNS = [
  'user',
  'console',
  'mfa',
  'keys',
  'groups',
  'findings',
] as const;

export type SortColumn = (typeof SORT_COLUMNS)[number];

export type SortOrder = 'asc' | 'desc';

export interface SortSpec {
  column: SortColumn;
  order: SortOrder;
}

type Compare = (a: UserRow, b: UserRow) => number;

const byName: Compare = (a, b) => a.userName.localeCompare(b.userName);

function time(date: Date | null): number {
  return date === null ? -1 : date.getTime();
}

/** Ascending means "least to most": no console, no MFA, fewest findings. */
const COMPARE: Record<SortColumn, Compare> = {
  user: byName,
  console: (a, b) =>
    Number(a.record.passwordEnabled) - Number(b.record.passwordEnabled) ||
    time(a.record.passwordLastUsed) - time(b.record.passwordLastUsed),
  mfa: (a, b) => a.mfaCount - b.mfaCount || a.mfa.localeCompare(b.mfa),
  keys: (a, b) =>
    a.activeKeyCount - b.activeKeyCount ||
    (a.oldestActiveKeyDays ?? -1) - (b.oldestActiveKeyDays ?? -1),
  groups: (a, b) =>
    a.record.groups.length - b.record.groups.length ||
    a.record.groups.join(',').localeCompare(b.record.groups.join(',')),
  findings: (a, b) =>
    severityRank(a) - severityRank(b) || a.findings.length - b.findings.length,
};

/** 0 for no findings, up to 3 for a high one. */
function severityRank(row: UserRow): number {
  return row.worstSeverity === null
    ? 0
    : SEVERITY_ORDER.length - SEVERITY_ORDER.indexOf(row.worstSeverity);
}

/**
 * A sorted copy. Ties fall back to the user name, ascending whatever the
 * order, so equal rows keep a predictable place.
 */
export function sortRows(rows: readonly UserRow[], spec: SortSpec): UserRow[] {
  const sign = spec.order === 'asc' ? 1 : -1;
  const compare = COMPARE[spec.column];

  return [...rows].sort((a, b) => sign * compare(a, b) || byName(a, b));
}

/** The next column to sort by, wrapping round. */
export function nextSortColumn(column: SortColumn): SortColumn {
  const index = SORT_COLUMNS.indexOf(column);
  return SORT_COLUMNS[(index + 1) % SORT_COLUMNS.length] ?? 'user';
}
