import { Box, Text } from 'ink';
import type { DetailLine } from '../ui/userDetailLines.js';

export interface ScrollViewProps {
  readonly lines: readonly DetailLine[];
  readonly offset: number;
  readonly height: number;
}

/** Renders only the lines in the window, with a position marker. */
export function ScrollView({ lines, offset, height }: ScrollViewProps) {
  const visible = lines.slice(offset, offset + height - 1);
  const end = Math.min(lines.length, offset + height - 1);
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
