import type { UserRow } from './userRows.js';

/**
 * Days without use after which an active access key counts as stale: CIS
 * AWS Foundations v3.0 1.12 asks to disable credentials unused for 45
 * days or more.
 */
export const STALE_KEY_DAYS = 45;

/** The common questions, one key each. */
export const QUICK_FILTERS = ['noMfa', 'staleKeys', 'anyFinding'] as const;

export type QuickFilter = (typeof QUICK_FILTERS)[number];

/** Short labels, for the filter line. */
export const QUICK_FILTER_LABELS: Record<QuickFilter, string> = {
  noMfa: 'console without MFA',
  staleKeys: `stale access keys (${STALE_KEY_DAYS}+ days unused)`,
  anyFinding: 'any finding',
};

const MATCHES: Record<QuickFilter, (row: UserRow) => boolean> = {
  noMfa: (row) => row.record.passwordEnabled && !row.record.mfaActive,
  staleKeys: (row) => (row.stalestActiveKeyDays ?? -1) >= STALE_KEY_DAYS,
  anyFinding: (row) => row.findings.length > 0,
};

export interface RowFilter {
  /** Matched case-insensitively against name, groups and finding ids. */
  text: string;
  /** Every one of these must hold. */
  quick: readonly QuickFilter[];
}

export const NO_FILTER: RowFilter = { text: '', quick: [] };

function matchesText(row: UserRow, needle: string): boolean {
  if (needle === '') return true;

  const haystack = [
    row.userName,
    ...row.record.groups,
    ...row.findings.map((finding) => finding.id),
  ];
  return haystack.some((value) => value.toLowerCase().includes(needle));
}

/** The rows that pass the text filter and every quick filter. */
export function filterRows(
  rows: readonly UserRow[],
  filter: RowFilter,
): UserRow[] {
  const needle = filter.text.trim().toLowerCase();
  const tests = filter.quick.map((quick) => MATCHES[quick]);

  return rows.filter(
    (row) => matchesText(row, needle) && tests.every((test) => test(row)),
  );
}

/** Adds the quick filter, or removes it when it is already on. */
export function toggleQuickFilter(
  quick: readonly QuickFilter[],
  which: QuickFilter,
): QuickFilter[] {
  return quick.includes(which)
    ? quick.filter((q) => q !== which)
    : [...quick, which];
}
