import { daysBetween } from '../model/time.js';

/** A date as people read it in a table: `2026-05-31`, or a dash. */
export function formatDate(date: Date | null): string {
  return date === null ? '—' : date.toISOString().slice(0, 10);
}

/** A date and time in UTC, to the minute: `2026-05-31 14:02 UTC`. */
export function formatDateTime(date: Date | null): string {
  if (date === null) return '—';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** An age in days, short: `today`, `12d`, `3y`. */
export function formatDays(days: number | null): string {
  if (days === null) return '—';
  if (days < 1) return 'today';
  if (days < 730) return `${days}d`;
  return `${Math.floor(days / 365)}y`;
}

/** How long ago: `12d ago`, or `never` when there is no date. */
export function formatAgo(date: Date | null, now: Date): string {
  const days = daysBetween(date, now);

  if (days === null) return 'never';
  return days < 1 ? 'today' : `${formatDays(days)} ago`;
}

/** A share as a whole percentage; a dash when there is nothing to share. */
export function formatPercent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}
