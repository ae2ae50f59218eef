import { Box, Text } from 'ink';
import { bindingsFor, READ_ONLY_REASON, type KeyContext } from '../keys.js';
import { FlashLine, type Flash } from './FlashLine.js';

export interface FooterProps {
  readonly context: KeyContext;
  readonly flash: Flash | null;
}

export const FOOTER_HEIGHT = 2;

/** The flash line, then the keys that work here, from the key table. */
export function Footer({ context, flash }: FooterProps) {
  const hints = bindingsFor(context)
    .filter((binding) => binding.footer !== null)
    .map((binding) => `${binding.keys} ${binding.footer}`);
  // First, so that a narrow terminal still says why the actions are gone.
  if (context.readOnly) hints.unshift(`[${READ_ONLY_REASON}]`);

  return (
    <Box flexDirection="column" height={FOOTER_HEIGHT}>
      <FlashLine flash={flash} />
      <Text dimColor wrap="truncate-end">
        {hints.join('  ')}
      </Text>
    </Box>
  );
}
