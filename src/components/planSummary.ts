import type { PlanRun } from '../hooks/actionFlow.js';
import type { Flash } from './FlashLine.js';

const PAST: Record<string, string> = {
  Contain: 'Contained',
  Deactivate: 'Deactivated',
  Activate: 'Activated',
  Delete: 'Deleted',
  Remove: 'Removed',
};

/** "Contain user alice" -> "Contained user alice". */
function pastTense(title: string): string {
  const [verb = '', ...rest] = title.split(' ');
  return [PAST[verb] ?? verb, ...rest].join(' ');
}

function subject(run: PlanRun): string {
  const [first] = run.plans;
  if (run.plans.length === 1 && first !== undefined) {
    return pastTense(first.title);
  }
  return `Contained ${run.plans.length} users`;
}

/** Which plans did not finish: the one plan's title, or the users'. */
function unfinished(run: PlanRun): string {
  const [first] = run.plans;
  if (run.plans.length === 1 && first !== undefined) return first.title;

  const names = run.plans
    .filter((_, i) => run.outcomes[i]?.some((o) => o.status !== 'done'))
    .map((plan) => plan.userName ?? plan.title);
  return `Not finished for ${names.join(', ')}`;
}

/**
 * The flash line after a run: what happened, counted in steps, and what
 * to do when some failed.
 */
export function summarizeRun(run: PlanRun): Flash {
  const outcomes = run.outcomes.flat();
  const total = outcomes.length;
  const count = (status: string) =>
    outcomes.filter((outcome) => outcome.status === status).length;

  if (count('dry-run') === total) {
    return {
      kind: 'info',
      text: `DRY RUN: ${total} AWS calls shown, none made`,
    };
  }

  const failed = total - count('done');
  if (failed > 0) {
    return {
      kind: 'error',
      text:
        `${unfinished(run)}: ${failed} of ${total} steps failed: ` +
        'press R to retry what is left',
    };
  }
  return {
    kind: 'info',
    text: `${subject(run)}: ${total} of ${total} steps done`,
  };
}
