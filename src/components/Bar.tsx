import { Text } from 'ink';
import { formatPercent } from '../ui/format.js';

export interface BarProps {
  readonly label: string;
  readonly part: number;
  readonly whole: number;
  /** Cells in the bar. @default 10 */
  readonly width?: number;
}

/**
 * A share as a bar with its percentage beside it: `MFA █████░░░░░ 50%`.
 * The blocks and the number read without colour.
 */
export function Bar({ label, part, whole, width = 10 }: BarProps) {
  const filled = whole === 0 ? 0 : Math.round((part / whole) * width);
  const good = whole === 0 || part === whole;

  return (
    <Text>
      {label}{' '}
      <Text color={good ? 'green' : 'yellow'}>{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(width - filled)}</Text>{' '}
      {formatPercent(part, whole)}
    </Text>
  );
}
