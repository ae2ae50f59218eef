import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { Choice } from '../hooks/actionFlow.js';

export interface TargetPickerProps {
  readonly title: string;
  readonly choices: readonly Choice[];
  readonly onChoose: (value: string) => void;
}

/** Which device or key to act on, when the user has several. */
export function TargetPicker({ title, choices, onChoose }: TargetPickerProps) {
  const items = choices.map((choice) => ({ key: choice.value, ...choice }));

  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>{title}: ↑↓ choose, Enter picks, Esc cancels</Text>
      <SelectInput items={items} onSelect={(item) => onChoose(item.value)} />
    </Box>
  );
}
