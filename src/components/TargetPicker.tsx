import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { Choice } from '../hooks/actionFlow.js';

export interface TargetPickerProps {
  readonly title: string;
  readonly choices: readonly Choice[];
  /** The choice under the cursor moved; Enter is the dialog's key. */
  readonly onHighlight: (value: string) => void;
}

/** Which device or key to act on, when the user has several. */
export function TargetPicker(props: TargetPickerProps) {
  const { title, choices, onHighlight } = props;
  const items = choices.map((choice) => ({ key: choice.value, ...choice }));

  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>{title}: ↑↓ choose, Enter picks, Esc cancels</Text>
      {/* Enter is taken by the action's input, not by the list: the same
          key would otherwise also confirm the dialog that replaces it. */}
      <SelectInput
        items={items}
        onHighlight={(item) => onHighlight(item.value)}
      />
    </Box>
  );
}
