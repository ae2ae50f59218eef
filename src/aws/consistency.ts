import type { Plan, StepOutcome } from '../model/plans.js';
import { unconfirmedSteps } from '../model/planRetry.js';
import type { UserDetail } from '../model/types.js';

export interface SettleOptions {
  /** Waits between reads; one read more than there are waits. */
  delaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

export interface SettledRead {
  /** The last live read of the user. */
  detail: UserDetail;
  /** Steps AWS answered as done that the last read still does not show. */
  unseen: number;
}

const sleepFor = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The live read that follows a plan: read again until every step AWS
 * answered as done shows in the read, or the waits run out. IAM is
 * eventually consistent, and the screen that follows must show what AWS
 * confirms, not the state from before the write.
 */
export async function readAfterWrite(
  plan: Plan,
  outcomes: readonly StepOutcome[],
  read: () => Promise<UserDetail>,
  options: SettleOptions = {},
): Promise<SettledRead> {
  const delays = options.delaysMs ?? [250, 500, 1000, 2000];
  const sleep = options.sleep ?? sleepFor;

  for (let attempt = 0; ; attempt++) {
    const detail = await read();
    const live = { user: detail.record };
    const unseen = unconfirmedSteps(plan, outcomes, live).length;
    const delay = delays[attempt];
    if (unseen === 0 || delay === undefined) return { detail, unseen };
    await sleep(delay);
  }
}
