import { Text } from 'ink';
import { COLOR } from '../ui/theme.js';

/** A result or an error, in one line; errors already read as sentences. */
export interface Flash {
  kind: 'info' | 'error';
  text: string;
}

export interface FlashLineProps {
  readonly flash: Flash | null;
}

/** The one place results and errors are shown to the person. */
export function FlashLine({ flash }: FlashLineProps) {
  if (flash === null) return <Text> </Text>;

  return flash.kind === 'error' ? (
    <Text color={COLOR.bad} wrap="truncate-end">
      Error: {flash.text}
    </Text>
  ) : (
    <Text color={COLOR.good} wrap="truncate-end">
      {flash.text}
    </Text>
  );
}
