import { Box, Text } from 'ink';
import type { TerminalSize } from '../hooks/useTerminalSize.js';

/** The smallest terminal the layout is drawn for. */
export const MIN_SIZE: TerminalSize = { columns: 80, rows: 20 };

export function isTooSmall(size: TerminalSize): boolean {
  return size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
}

/** Stands in for the layout until the terminal is big enough again. */
export function TooSmall({ size }: { readonly size: TerminalSize }) {
  return (
    <Box flexDirection="column">
      <Text bold>Terminal too small</Text>
      <Text wrap="wrap">
        {size.columns}x{size.rows}; mfa-tui needs at least {MIN_SIZE.columns}x
        {MIN_SIZE.rows}. Enlarge the window, or press q to quit.
      </Text>
    </Box>
  );
}
