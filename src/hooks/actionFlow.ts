/**
 * The state of one incident action, from reading the user live to the
 * outcome of every step, as plain data with pure transitions. The hook
 * that drives it (useAction) does the talking to AWS.
 */
import { shortSerial } from '../model/planSteps.js';
import {
  planIsIrreversible,
  type Plan,
  type StepOutcome,
} from '../model/plans.js';

/** One thing an action may act on: a device or an access key. */
export interface Choice {
  label: string;
  value: string;
}

export interface Confirmation {
  plans: readonly Plan[];
  /** Typed before Enter works; null when every step can be undone. */
  typeToConfirm: string | null;
  /** The caller's own user is among the targets: asked twice. */
  locksOut: boolean;
  /** 'again': the lock-out warning's second confirmation. */
  round: 'first' | 'again';
  typed: string;
  /** Users that could not be read live, and so are left out. */
  notes: readonly string[];
}

export interface PlanRun {
  plans: readonly Plan[];
  /** One list per plan, one outcome per step. */
  outcomes: readonly (readonly StepOutcome[])[];
  notes: readonly string[];
}

export type ActionFlow =
  | { phase: 'idle' }
  | { phase: 'reading'; text: string }
  | { phase: 'picking'; title: string; choices: readonly Choice[] }
  | { phase: 'confirming'; confirm: Confirmation }
  | ({ phase: 'running' | 'finished' } & PlanRun);

export const IDLE: ActionFlow = { phase: 'idle' };

/**
 * What the admin types to confirm an irreversible plan: the user name,
 * the device name of an orphaned virtual MFA device, or for several
 * users the count, since a list of names does not fit one line.
 */
export function confirmationText(plans: readonly Plan[]): string | null {
  if (!plans.some(planIsIrreversible)) return null;
  if (plans.length > 1) return `contain ${plans.length} users`;

  const plan = plans[0];
  const serial = plan?.steps[0]?.params.SerialNumber ?? '';
  return plan?.userName ?? shortSerial(serial);
}

export function confirming(
  plans: readonly Plan[],
  locksOut: boolean,
  notes: readonly string[] = [],
): ActionFlow {
  return {
    phase: 'confirming',
    confirm: {
      plans,
      typeToConfirm: confirmationText(plans),
      locksOut,
      round: 'first',
      typed: '',
      notes,
    },
  };
}

/** True when Enter may go ahead: the text typed matches. */
export function canAccept(confirm: Confirmation): boolean {
  return (
    confirm.typeToConfirm === null || confirm.typed === confirm.typeToConfirm
  );
}

/**
 * Enter on a confirmation: the lock-out warning asks once more (typing
 * again: a second look at the name, not a reflex), otherwise the plans
 * run. Null when Enter does nothing yet.
 */
export function accept(confirm: Confirmation): Confirmation | 'run' | null {
  if (!canAccept(confirm)) return null;
  if (confirm.locksOut && confirm.round === 'first') {
    return { ...confirm, round: 'again', typed: '' };
  }
  return 'run';
}

/** Every step pending, before the first call. */
export function started(
  plans: readonly Plan[],
  notes: readonly string[],
): PlanRun {
  return {
    plans,
    notes,
    outcomes: plans.map((plan) =>
      plan.steps.map((): StepOutcome => ({ status: 'pending' })),
    ),
  };
}

export function withOutcome(
  run: PlanRun,
  planIndex: number,
  stepIndex: number,
  outcome: StepOutcome,
): PlanRun {
  return {
    ...run,
    outcomes: run.outcomes.map((steps, i) =>
      i === planIndex
        ? steps.map((old, j) => (j === stepIndex ? outcome : old))
        : steps,
    ),
  };
}
