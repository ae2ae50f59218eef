import { Box, Text } from 'ink';
import type { DetailLine } from '../ui/userDetailLines.js';

export interface ScrollViewProps {
  readonly lines: readonly DetailLine[];
  readonly offset: number;
  readonly height: number;
}

/** Lines of text a ScrollView of `height` shows: one is its marker. */
export function scrollViewLines(height: number): number {
  return Math.max(1, height - 1);
}

/** Renders only the lines in the window, with a position marker. */
export function ScrollView({ lines, offset, height }: ScrollViewProps) {
  const shown = scrollViewLines(height);
  const visible = lines.slice(offset, offset + shown);
  const end = Math.min(lines.length, offset + shown);
  const more = end < lines.length;

  return (
    <Box flexDirection="column" height={height}>
      {visible.map((line, i) => (
        <Text
          key={offset + i}
          bold={line.heading}
          color={line.color}
          wrap="truncate-end"
        >
          {line.text}
        </Text>
      ))}
      <Text dimColor>
        {more
          ? `lines ${offset + 1}-${end} of ${lines.length}, ↓ for more`
          : ' '}
      </Text>
    </Box>
  );
}
