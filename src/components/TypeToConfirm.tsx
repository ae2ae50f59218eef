import { Text } from 'ink';
import { COLOR } from '../ui/theme.js';

export interface TypeToConfirmProps {
  /** The text that unlocks Enter. */
  readonly expected: string;
  readonly typed: string;
}

/** The field an irreversible plan waits on: Enter works once it matches. */
export function TypeToConfirm({ expected, typed }: TypeToConfirmProps) {
  const matches = typed === expected;

  return (
    <>
      <Text>
        Type <Text bold>{expected}</Text> to confirm: {typed}█
      </Text>
      <Text color={matches ? COLOR.good : undefined} dimColor={!matches}>
        {matches
          ? 'Enter runs the plan · Esc cancels'
          : 'Enter works once the text matches · Esc cancels'}
      </Text>
    </>
  );
}
