import { Box, Text } from 'ink';
import type { ActionFlow } from '../hooks/actionFlow.js';
import { COLOR } from '../ui/theme.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { PlanView } from './PlanView.js';
import { TargetPicker } from './TargetPicker.js';

export interface ActionPanelProps {
  /** Not idle: a screen shows this panel in place of its body. */
  readonly flow: Exclude<ActionFlow, { phase: 'idle' }>;
  readonly dryRun: boolean;
  readonly height: number;
  /** How far a plan taller than the panel is scrolled. */
  readonly offset: number;
  readonly onHighlight: (value: string) => void;
}

/** An action in progress: reading, picking, confirming, its outcome. */
export function ActionPanel(props: ActionPanelProps) {
  const { flow, dryRun, height } = props;

  switch (flow.phase) {
    case 'reading':
      return <Text>{flow.text}</Text>;
    case 'picking':
      return (
        <TargetPicker
          title={flow.title}
          choices={flow.choices}
          onHighlight={props.onHighlight}
        />
      );
    case 'confirming':
      return (
        <ConfirmDialog
          confirm={flow.confirm}
          dryRun={dryRun}
          height={height}
          offset={props.offset}
        />
      );
    default: {
      const finished = flow.phase === 'finished';
      const failed = flow.outcomes.flat().some((o) => o.status === 'failed');

      return (
        <Box flexDirection="column" height={height}>
          <Text bold color={dryRun ? COLOR.warn : undefined}>
            {dryRun ? 'DRY RUN: ' : ''}
            {finished ? 'Outcome' : 'Running'}, step by step
            {finished ? '' : '...'}
          </Text>
          {flow.notes.map((note) => (
            <Text key={note} color={COLOR.warn} wrap="truncate-end">
              {note}
            </Text>
          ))}
          <PlanView
            plans={flow.plans}
            outcomes={flow.outcomes}
            offset={props.offset}
            height={height - 2 - flow.notes.length}
          />
          <Text dimColor>
            {finished
              ? `Esc closes${failed ? ' · R retries what is left' : ''}`
              : ' '}
          </Text>
        </Box>
      );
    }
  }
}
