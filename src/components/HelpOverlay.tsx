import { Box, Text } from 'ink';
import {
  bindingsFor,
  READ_ONLY_REASON,
  type KeyBinding,
  type KeyCategory,
  type KeyContext,
} from '../keys.js';
import { COLOR } from '../ui/theme.js';

export interface HelpOverlayProps {
  readonly context: KeyContext;
}

const HEADINGS: Record<KeyCategory, string> = {
  move: 'Move',
  view: 'This screen',
  app: 'Anywhere',
  action: 'Actions (change AWS)',
};

/** Two columns, so the whole table fits the smallest terminal (80x20). */
const COLUMNS: KeyCategory[][] = [
  ['move', 'app'],
  ['view', 'action'],
];

interface SectionProps {
  title: string;
  rows: KeyBinding[];
  /** Said in place of the rows when they are hidden. */
  hiddenBecause?: string;
}

function Section({ title, rows, hiddenBecause }: SectionProps) {
  if (rows.length === 0 && hiddenBecause === undefined) return null;

  return (
    <>
      <Text color={COLOR.accent}>{title}</Text>
      {rows.length === 0 ? <Text dimColor>{hiddenBecause}</Text> : null}
      {rows.map((binding) => (
        <Text key={binding.id} wrap="truncate-end">
          {binding.keys.padEnd(7)} {binding.description}
          {binding.dangerous ? ' (dangerous: asks first)' : ''}
        </Text>
      ))}
    </>
  );
}

/** Every key that works here, generated from the key table. */
export function HelpOverlay({ context }: HelpOverlayProps) {
  const bindings = bindingsFor(context);

  return (
    <Box flexDirection="column">
      <Text bold>
        Help: keys on the {context.screen} screen (Esc or ? closes)
      </Text>
      <Box>
        {COLUMNS.map((categories) => (
          <Box
            key={categories[0]}
            flexDirection="column"
            width="50%"
            paddingRight={1}
          >
            {categories.map((category) => (
              <Section
                key={category}
                title={HEADINGS[category]}
                rows={bindings.filter((b) => b.category === category)}
                hiddenBecause={
                  category === 'action' && context.readOnly
                    ? READ_ONLY_REASON
                    : undefined
                }
              />
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
