/**
 * What is still to do after a plan ran part-way: the steps whose effect
 * AWS has not confirmed, judged from each step's outcome and a fresh live
 * read. A step reported failed may still have happened (a ServiceFailure
 * after the change, a lost answer), so the live state has the last word.
 */
import { CONTAINMENT_POLICY_NAME } from './planSteps.js';
import type { Plan, PlanStep, StepOutcome } from './plans.js';
import type { UserRecord } from './types.js';

/** A fresh live read of what the plan acts on. */
export interface LiveState {
  /** The user re-read live; null when it is gone or the plan has none. */
  user: UserRecord | null;
  /**
   * Serial numbers of every virtual MFA device in the account, when read;
   * without them a DeleteVirtualMFADevice step is kept unless it is done.
   */
  virtualMfaSerials?: readonly string[];
}

function keyStatus(user: UserRecord | null, accessKeyId: string | undefined) {
  const key = user?.accessKeys.find((k) => k.accessKeyId === accessKeyId);
  return key?.status ?? 'gone';
}

/** True when the live state already shows the step's effect. */
function alreadyDone(step: PlanStep, live: LiveState): boolean {
  const { user } = live;
  const { params } = step;
  switch (step.action) {
    case 'PutUserPolicy':
      return user?.inlinePolicies.includes(CONTAINMENT_POLICY_NAME) ?? false;
    case 'UpdateAccessKey': {
      // A key deleted meanwhile is as inactive as a key can be.
      const status = keyStatus(user, params.AccessKeyId);
      return (
        status === params.Status ||
        (status === 'gone' && params.Status === 'Inactive')
      );
    }
    case 'DeleteAccessKey':
      return keyStatus(user, params.AccessKeyId) === 'gone';
    case 'DeactivateMFADevice':
      return (
        user !== null &&
        !user.mfaDevices.some((d) => d.serialNumber === params.SerialNumber)
      );
    case 'DeleteLoginProfile':
      return user !== null && !user.passwordEnabled;
    case 'DeleteVirtualMFADevice':
      return (
        live.virtualMfaSerials !== undefined &&
        !live.virtualMfaSerials.includes(params.SerialNumber ?? '')
      );
  }
}

/** The plan's steps that still have to happen, in their order. */
export function remainingPlan(
  plan: Plan,
  outcomes: readonly StepOutcome[],
  live: LiveState,
): Plan {
  const steps = plan.steps.filter(
    (step, index) =>
      outcomes[index]?.status !== 'done' && !alreadyDone(step, live),
  );
  return { ...plan, steps };
}

/**
 * The steps AWS answered as done whose effect a live read does not show
 * yet: IAM is eventually consistent, so a read right after a write may
 * still see the state before it.
 */
export function unconfirmedSteps(
  plan: Plan,
  outcomes: readonly StepOutcome[],
  live: LiveState,
): PlanStep[] {
  return plan.steps.filter(
    (step, index) =>
      outcomes[index]?.status === 'done' &&
      step.action !== 'DeleteVirtualMFADevice' &&
      !alreadyDone(step, live),
  );
}
