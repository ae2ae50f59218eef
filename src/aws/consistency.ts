import type { Plan, StepOutcome } from '../model/plans.js';
import { unconfirmedSteps } from '../model/planRetry.js';
import type { UserRecord } from '../model/types.js';

export interface SettleOptions {
  /** Waits between reads; one read more than there are waits. */
  delaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * After a plan ran, reads the user live until every step AWS answered as
 * done shows in the read, or the waits run out: IAM is eventually
 * consistent, and the screen that follows must show what AWS confirms,
 * not the state from before the write. Returns the steps still not seen.
 */
export async function settleAfterWrite(
  plan: Plan,
  outcomes: readonly StepOutcome[],
  read: () => Promise<UserRecord>,
  options: SettleOptions = {},
): Promise<number> {
  const delays = options.delaysMs ?? [250, 500, 1000, 2000];
  const sleep = options.sleep ?? sleepFor;
  if (!outcomes.some((outcome) => outcome.status === 'done')) return 0;

  for (let attempt = 0; ; attempt++) {
    const user = await read();
    const unseen = unconfirmedSteps(plan, outcomes, { user }).length;
    const delay = delays[attempt];
    if (unseen === 0 || delay === undefined) return unseen;
    await sleep(delay);
  }
}
