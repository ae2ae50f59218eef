/**
 * How fresh the credential report behind an inventory is. AWS serves a
 * report younger than four hours as it is instead of generating a new
 * one, so changes made since it was generated are missing from it: past
 * this age mfa-tui calls the report stale and says so wherever it shows
 * report-based rows.
 */
export const REPORT_STALE_AFTER_MS = 15 * 60 * 1000;

export interface ReportFreshness {
  /** "2h 10m", "3m", "under a minute". */
  age: string;
  stale: boolean;
}

function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return `${minutes}m`;
  const days = Math.floor(hours / 24);
  if (days > 0) return `${days}d ${hours % 24}h`;
  return `${hours}h ${minutes % 60}m`;
}

/** Null when the inventory did not come from a credential report. */
export function reportFreshness(
  generatedAt: Date | null,
  now: Date,
): ReportFreshness | null {
  if (generatedAt === null) return null;
  const ageMs = Math.max(0, now.getTime() - generatedAt.getTime());
  return { age: formatDuration(ageMs), stale: ageMs > REPORT_STALE_AFTER_MS };
}
