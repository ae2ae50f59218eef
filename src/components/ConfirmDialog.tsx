import { Box, Text } from 'ink';
import type { Confirmation } from '../hooks/actionFlow.js';
import { COLOR } from '../ui/theme.js';
import { PlanView } from './PlanView.js';
import { TypeToConfirm } from './TypeToConfirm.js';

export interface ConfirmDialogProps {
  readonly confirm: Confirmation;
  readonly dryRun: boolean;
  readonly height: number;
  /** How far a plan taller than the dialog is scrolled. @default 0 */
  readonly offset?: number;
}

/** Lines the dialog uses around the plan: what is left is the plan's. */
function chrome(confirm: Confirmation, dryRun: boolean): number {
  const typed = confirm.typeToConfirm !== null;
  const border = 2;
  const headings = 2;

  return (
    border +
    headings +
    (dryRun ? 1 : 0) +
    confirm.notes.length +
    (typed ? 1 : 0) +
    // The lock-out warning wraps to two lines on a narrow terminal.
    (confirm.locksOut ? 2 : 0) +
    (typed ? 2 : 1)
  );
}

function Warning({ confirm }: { confirm: Confirmation }) {
  if (!confirm.locksOut) return null;

  return (
    <Text color={COLOR.bad} bold wrap="wrap">
      {confirm.round === 'first'
        ? 'WARNING: this acts on your own user, the one mfa-tui is signed ' +
          'in as. It may lock you out of AWS.'
        : 'Asking again: this acts on YOUR OWN user and may lock you out. ' +
          'Confirm once more to go ahead.'}
    </Text>
  );
}

/**
 * Names the users and the effect, lists the AWS calls, warns of a
 * lock-out, and waits for Enter (or the typed name, when a step cannot be
 * undone). Under dry-run it says that nothing will be sent.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { confirm, dryRun, height } = props;
  const { plans } = confirm;
  const calls = plans.reduce((sum, plan) => sum + plan.steps.length, 0);
  const irreversible = confirm.typeToConfirm !== null;

  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      {dryRun ? (
        <Text color={COLOR.warn} bold>
          DRY RUN: the calls are shown, none is made
        </Text>
      ) : null}
      <Text bold wrap="truncate-end">
        {plans.length === 1
          ? `${plans[0]?.title}?`
          : `Contain ${plans.length} users: ` +
            `${plans.map((plan) => plan.userName).join(', ')}?`}
      </Text>
      <Text>
        {dryRun ? 'It would make' : 'It makes'} {calls} AWS{' '}
        {calls === 1 ? 'call' : 'calls'}, in order:
      </Text>
      {/* One plan's title is the question above: not said twice. */}
      <PlanView
        plans={plans}
        height={height - chrome(confirm, dryRun)}
        titled={plans.length > 1}
        offset={props.offset}
      />
      {confirm.notes.map((note) => (
        <Text key={note} color={COLOR.warn} wrap="truncate-end">
          {note}
        </Text>
      ))}
      {irreversible ? (
        <Text color={COLOR.warn}>Some of these steps cannot be undone.</Text>
      ) : null}
      <Warning confirm={confirm} />
      {confirm.typeToConfirm === null ? (
        <Text>Enter runs the plan · Esc cancels</Text>
      ) : (
        <TypeToConfirm expected={confirm.typeToConfirm} typed={confirm.typed} />
      )}
    </Box>
  );
}
