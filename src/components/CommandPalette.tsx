import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { bindingsFor, type CommandId, type KeyContext } from '../keys.js';

export interface CommandPaletteProps {
  readonly context: KeyContext;
  /** Rows the list may use. */
  readonly limit: number;
  readonly onRun: (command: CommandId) => void;
}

/**
 * The commands that work here, from the key table, as a menu: for the
 * person who does not remember the key.
 */
export function CommandPalette(props: CommandPaletteProps) {
  const items = bindingsFor(props.context)
    .filter((b) => b.category !== 'move' && b.id !== 'palette')
    .map((b) => ({
      key: b.id,
      label: `${b.description}  (${b.keys})`,
      value: b.id,
    }));

  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Commands: ↑↓ choose, Enter runs, Esc closes</Text>
      <SelectInput
        items={items}
        limit={Math.max(3, props.limit)}
        onSelect={(item) => props.onRun(item.value)}
      />
    </Box>
  );
}
