/**
 * Age arithmetic for the model. Every function takes `now` from its
 * caller: model code never reads the clock, so it stays testable.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `date` to `now` (0 for a future date). */
export function ageInDays(date: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - date.getTime()) / DAY_MS));
}

/** Whole days from `then` to `now` (negative for a future date); null in, null out. */
export function daysBetween(then: Date | null, now: Date): number | null {
  return then === null
    ? null
    : Math.floor((now.getTime() - then.getTime()) / DAY_MS);
}

/** A short age for tables: "today", "1 day", "412 days"; "never" for null. */
export function formatAge(date: Date | null, now: Date): string {
  if (date === null) return 'never';

  const days = ageInDays(date, now);
  if (days === 0) return 'today';
  return days === 1 ? '1 day' : `${days} days`;
}

/** The calendar day in UTC, "2026-06-01"; "-" for null. */
export function formatDay(date: Date | null): string {
  return date === null ? '-' : date.toISOString().slice(0, 10);
}

/** ISO 8601, or null, for machine-readable output. */
export function isoOrNull(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}
