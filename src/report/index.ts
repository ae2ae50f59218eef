import { severityRank } from '../model/findings.js';
import type { Finding, Inventory, Severity } from '../model/types.js';
import { formatCsv } from './csv.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatTable } from './table.js';

/** `mfa-tui report`'s output: the inventory and findings, no UI. */

export const REPORT_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FAIL_ON_LEVELS = ['high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export { REPORT_SCHEMA_VERSION, type ReportJson } from './json.js';

/** The whole report in `format`, ending in a newline, for stdout. */
export function formatReport(
  inventory: Inventory,
  findings: readonly Finding[],
  format: ReportFormat,
  now: Date,
): string {
  switch (format) {
    case 'table':
      return formatTable(inventory, findings, now);
    case 'json':
      return formatJson(inventory, findings, now);
    case 'csv':
      return formatCsv(inventory, findings);
    case 'markdown':
      return formatMarkdown(inventory, findings, now);
  }
}

/** 1 when a finding is at or above `failOn`; `none` never fails. */
export function exitCodeFor(
  findings: readonly Finding[],
  failOn: FailOn,
): 0 | 1 {
  if (failOn === 'none') return 0;

  const floor = severityRank[failOn satisfies Severity];
  return findings.some((f) => severityRank[f.severity] >= floor) ? 1 : 0;
}
