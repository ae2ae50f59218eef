import type { SandboxAccount } from '../state.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seeded history is relative to the account's clock, so it never ages. */
export function daysAgo(account: SandboxAccount, days: number): Date {
  return new Date(account.clock.now().getTime() - days * DAY_MS);
}

/** A time `days` after `from`, but never later than now. */
export function daysAfter(
  account: SandboxAccount,
  from: Date,
  days: number,
): Date {
  const now = account.clock.now().getTime();
  return new Date(Math.min(now, from.getTime() + days * DAY_MS));
}
