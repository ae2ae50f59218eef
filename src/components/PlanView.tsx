import { Box, Text } from 'ink';
import type { Plan, PlanStep, StepOutcome } from '../model/plans.js';
import { COLOR } from '../ui/theme.js';

export interface PlanViewProps {
  readonly plans: readonly Plan[];
  /** Each step's outcome; absent before the plan runs. */
  readonly outcomes?: readonly (readonly StepOutcome[])[];
  /** Lines the view may use. */
  readonly height: number;
  /** Each plan's title above its steps. @default true */
  readonly titled?: boolean;
  /** The first line shown, when the plan is taller than the view. */
  readonly offset?: number;
}

interface Line {
  text: string;
  color?: string;
  bold?: boolean;
  /** Wrapped, not cut: an explanation must be read whole. */
  wrap?: boolean;
}

const OUTCOME: Record<
  StepOutcome['status'],
  { label: string; color?: string }
> = {
  pending: { label: '…' },
  done: { label: 'done', color: COLOR.good },
  failed: { label: 'FAILED', color: COLOR.bad },
  'dry-run': { label: 'dry run', color: COLOR.warn },
};

/** The mark before the description, so a narrow terminal keeps it. */
function call(step: PlanStep): string {
  const undo = step.reversible ? 'reversible' : 'NOT reversible';
  return `iam:${step.action} (${undo})  ${step.description}`;
}

const DETAIL = ' '.repeat(10);

function outcomeLines(step: PlanStep, outcome: StepOutcome): Line[] {
  const { label, color } = OUTCOME[outcome.status];
  const head = { text: `  ${label.padEnd(7)} ${call(step)}`, color };

  switch (outcome.status) {
    case 'done':
      return [
        head,
        { text: `${DETAIL}request id ${outcome.requestId ?? '—'}` },
      ];
    case 'failed':
      return [head, { text: `${DETAIL}${outcome.message}`, color, wrap: true }];
    default:
      return [head];
  }
}

/** Every plan's AWS calls, in order; with outcomes once they run. */
export function planLines(
  plans: readonly Plan[],
  outcomes?: readonly (readonly StepOutcome[])[],
  titled = true,
): Line[] {
  return plans.flatMap((plan, i) => [
    ...(titled ? [{ text: plan.title, bold: true }] : []),
    ...plan.steps.flatMap((step, j) => {
      const outcome = outcomes?.[i]?.[j];
      return outcome === undefined
        ? [{ text: `  ${j + 1}. ${call(step)}` }]
        : outcomeLines(step, outcome);
    }),
  ]);
}

/**
 * A plan as the list of AWS calls it makes, each marked reversible or
 * not, and each step's outcome as it lands. A plan taller than `height`
 * scrolls, and says where it is.
 */
export function PlanView(props: PlanViewProps) {
  const { plans, outcomes, height, titled = true } = props;
  const lines = planLines(plans, outcomes, titled);
  const fits = lines.length <= Math.max(1, height);
  const room = fits ? lines.length : Math.max(1, height - 1);
  const start = Math.min(props.offset ?? 0, lines.length - room);
  const shown = lines.slice(start, start + room);

  return (
    <Box flexDirection="column">
      {shown.map((line, i) => (
        <Text
          key={start + i}
          color={line.color}
          bold={line.bold}
          wrap={line.wrap ? 'wrap' : 'truncate-end'}
        >
          {line.text}
        </Text>
      ))}
      {fits ? null : (
        <Text dimColor>
          lines {start + 1}-{start + room} of {lines.length}, ↑↓ scroll
        </Text>
      )}
    </Box>
  );
}
