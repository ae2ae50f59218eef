import type { AwsSession } from '../aws/session.js';
import { remainingPlan } from '../model/planRetry.js';
import type { Plan } from '../model/plans.js';
import type { UserRecord } from '../model/types.js';
import type { PlanRun } from './actionFlow.js';

export interface PlansLeft {
  /** The steps AWS does not show done yet, per plan; none empty. */
  plans: Plan[];
  /** The users those plans act on, as just read live. */
  users: UserRecord[];
}

/**
 * What a retry would do: each unfinished plan's remaining steps, judged
 * from a fresh live read (a step reported failed may have happened).
 */
export async function plansLeft(
  session: AwsSession,
  run: PlanRun,
): Promise<PlansLeft> {
  const unfinished = run.plans
    .map((plan, i) => ({ plan, outcomes: run.outcomes[i] ?? [] }))
    .filter(({ outcomes }) => outcomes.some((o) => o.status !== 'done'));

  const remaining = await Promise.all(
    unfinished.map(async ({ plan, outcomes }) => {
      const user =
        plan.userName === null
          ? null
          : await session.refreshUser(plan.userName);
      return { user, plan: remainingPlan(plan, outcomes, { user }) };
    }),
  );

  const left = remaining.filter(({ plan }) => plan.steps.length > 0);
  return {
    plans: left.map(({ plan }) => plan),
    users: left.flatMap(({ user }) => user ?? []),
  };
}
