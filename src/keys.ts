import type { Key } from 'ink';

/**
 * The one key table. The footer, the help overlay and the command palette
 * are generated from it, and screens act on command ids, never on raw
 * keys: a shortcut defined anywhere else is a bug.
 */

export type ScreenId = 'users' | 'user' | 'orphans' | 'audit';

export type CommandId =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'top'
  | 'bottom'
  | 'open'
  | 'back'
  | 'filter'
  | 'noMfa'
  | 'staleKeys'
  | 'anyFinding'
  | 'sortColumn'
  | 'sortOrder'
  | 'select'
  | 'consoleLink'
  | 'deactivateMfaDevice'
  | 'removeVirtualMfaDevice'
  | 'deactivateAccessKey'
  | 'activateAccessKey'
  | 'deleteAccessKey'
  | 'removeConsoleAccess'
  | 'containUser'
  | 'deleteOrphanedMfaDevice'
  | 'retry'
  | 'orphans'
  | 'audit'
  | 'refresh'
  | 'help'
  | 'palette'
  | 'quit';

/** Groups commands in help; the palette leaves out `move`. */
export type KeyCategory = 'move' | 'view' | 'app' | 'action';

export interface KeyBinding {
  id: CommandId;
  /** The keys as help and the footer write them. */
  keys: string;
  description: string;
  screens: readonly ScreenId[] | 'all';
  category: KeyCategory;
  /** Changes AWS: asks for confirmation and is absent under read-only. */
  dangerous: boolean;
  /** A short label for the one-line footer; null: in help only. */
  footer: string | null;
  matches: (input: string, key: Key) => boolean;
}

const LISTS: readonly ScreenId[] = ['users'];
const SCROLLING: readonly ScreenId[] = ['users', 'user', 'orphans', 'audit'];
/** Where a plan can run, and so where its outcome can be retried. */
const ACTING: readonly ScreenId[] = ['users', 'user', 'orphans'];

/** Palette-only commands: no key of their own, `:name` in the palette. */
const paletteOnly = () => false;

const char =
  (...chars: string[]) =>
  (input: string, key: Key) =>
    !key.ctrl && !key.meta && chars.includes(input);

type Entry = Omit<KeyBinding, 'dangerous' | 'footer'> &
  Partial<Pick<KeyBinding, 'dangerous' | 'footer'>>;

const ENTRIES: Entry[] = [
  {
    id: 'up',
    keys: '↑/k',
    description: 'move up',
    screens: SCROLLING,
    category: 'move',
    matches: (input, key) => key.upArrow || char('k')(input, key),
  },
  {
    id: 'down',
    keys: '↓/j',
    description: 'move down',
    screens: SCROLLING,
    category: 'move',
    matches: (input, key) => key.downArrow || char('j')(input, key),
  },
  {
    id: 'pageUp',
    keys: 'PgUp',
    description: 'page up',
    screens: SCROLLING,
    category: 'move',
    matches: (_input, key) => key.pageUp,
  },
  {
    id: 'pageDown',
    keys: 'PgDn',
    description: 'page down',
    screens: SCROLLING,
    category: 'move',
    matches: (_input, key) => key.pageDown,
  },
  {
    id: 'top',
    keys: 'g/Home',
    description: 'go to the top',
    screens: SCROLLING,
    category: 'move',
    matches: (input, key) => key.home || char('g')(input, key),
  },
  {
    id: 'bottom',
    keys: 'G/End',
    description: 'go to the bottom',
    screens: SCROLLING,
    category: 'move',
    matches: (input, key) => key.end || char('G')(input, key),
  },
  {
    id: 'open',
    keys: 'Enter',
    description: 'open the user',
    screens: LISTS,
    category: 'view',
    footer: 'open',
    matches: (_input, key) => key.return,
  },
  {
    id: 'back',
    keys: 'Esc',
    description: 'back / clear the filter',
    screens: 'all',
    category: 'view',
    footer: 'back',
    matches: (_input, key) => key.escape,
  },
  {
    id: 'filter',
    keys: '/',
    description: 'filter: name, group, finding id',
    screens: LISTS,
    category: 'view',
    footer: 'filter',
    matches: char('/'),
  },
  {
    id: 'noMfa',
    keys: 'm',
    description: 'only console users without MFA',
    screens: LISTS,
    category: 'view',
    footer: 'no MFA',
    matches: char('m'),
  },
  {
    id: 'staleKeys',
    keys: 's',
    description: 'only users with stale keys',
    screens: LISTS,
    category: 'view',
    footer: 'stale keys',
    matches: char('s'),
  },
  {
    id: 'anyFinding',
    keys: 'f',
    description: 'only users with findings',
    screens: LISTS,
    category: 'view',
    footer: 'findings',
    matches: char('f'),
  },
  {
    id: 'sortColumn',
    keys: 'o',
    description: 'sort by the next column',
    screens: LISTS,
    category: 'view',
    footer: 'sort',
    matches: char('o'),
  },
  {
    id: 'sortOrder',
    keys: 'O',
    description: 'flip the sort order',
    screens: LISTS,
    category: 'view',
    matches: char('O'),
  },
  {
    id: 'select',
    keys: 'Space',
    description: 'select for a bulk action',
    screens: LISTS,
    category: 'view',
    footer: 'select',
    matches: char(' '),
  },
  {
    id: 'consoleLink',
    keys: 'w',
    description: "show the user's page in the AWS console",
    screens: ['user'],
    category: 'view',
    footer: 'console link',
    matches: char('w'),
  },
  {
    id: 'deactivateMfaDevice',
    keys: 'M',
    description: 'deactivate an MFA device',
    screens: ['user'],
    category: 'action',
    dangerous: true,
    footer: 'deactivate MFA',
    matches: char('M'),
  },
  {
    id: 'removeVirtualMfaDevice',
    keys: 'V',
    description: 'remove a virtual MFA device (deactivate, then delete)',
    screens: ['user'],
    category: 'action',
    dangerous: true,
    matches: char('V'),
  },
  {
    id: 'deactivateAccessKey',
    keys: 'K',
    description: 'deactivate an access key',
    screens: ['user'],
    category: 'action',
    dangerous: true,
    footer: 'deactivate key',
    matches: char('K'),
  },
  {
    id: 'activateAccessKey',
    keys: 'A',
    description: 'reactivate an access key',
    screens: ['user'],
    category: 'action',
    dangerous: true,
    matches: char('A'),
  },
  {
    id: 'deleteAccessKey',
    keys: 'D',
    description: 'delete an access key',
    screens: ['user'],
    category: 'action',
    dangerous: true,
    matches: char('D'),
  },
  {
    id: 'removeConsoleAccess',
    keys: 'L',
    description: 'remove console access (delete the login profile)',
    screens: ['user'],
    category: 'action',
    dangerous: true,
    matches: char('L'),
  },
  {
    id: 'containUser',
    keys: 'C',
    description: 'contain: the user here, or the users selected',
    screens: ['users', 'user'],
    category: 'action',
    dangerous: true,
    footer: 'contain',
    matches: char('C'),
  },
  {
    id: 'deleteOrphanedMfaDevice',
    keys: 'D',
    description: 'delete the unassigned virtual MFA device',
    screens: ['orphans'],
    category: 'action',
    dangerous: true,
    footer: 'delete',
    matches: char('D'),
  },
  {
    id: 'retry',
    keys: 'R',
    description: 'retry what is left of the last plan',
    screens: ACTING,
    category: 'action',
    dangerous: true,
    matches: char('R'),
  },
  {
    id: 'orphans',
    keys: ':orphans',
    description: 'orphaned MFA devices: assigned to no one',
    screens: 'all',
    category: 'app',
    matches: paletteOnly,
  },
  {
    id: 'audit',
    keys: ':audit',
    description: 'audit log: every write mfa-tui made',
    screens: 'all',
    category: 'app',
    matches: paletteOnly,
  },
  {
    id: 'refresh',
    keys: 'r',
    description: 'refresh: reload / re-read live',
    screens: 'all',
    category: 'app',
    footer: 'refresh',
    matches: char('r'),
  },
  {
    id: 'palette',
    keys: ':',
    description: 'command palette',
    screens: 'all',
    category: 'app',
    footer: 'commands',
    matches: char(':'),
  },
  {
    id: 'help',
    keys: '?',
    description: 'help: every key',
    screens: 'all',
    category: 'app',
    footer: 'help',
    matches: char('?'),
  },
  {
    id: 'quit',
    keys: 'q',
    description: 'quit',
    screens: 'all',
    category: 'app',
    footer: 'quit',
    matches: char('q'),
  },
];

export const KEY_TABLE: readonly KeyBinding[] = ENTRIES.map((entry) => ({
  dangerous: false,
  footer: null,
  ...entry,
}));

export interface KeyContext {
  screen: ScreenId;
  readOnly: boolean;
}

/** Why the action keys are missing, for the footer and help. */
export const READ_ONLY_REASON = 'read-only: actions are hidden';

/** The bindings that work here: dangerous ones vanish under read-only. */
export function bindingsFor(
  context: KeyContext,
  table: readonly KeyBinding[] = KEY_TABLE,
): KeyBinding[] {
  return table.filter(
    (binding) =>
      (binding.screens === 'all' || binding.screens.includes(context.screen)) &&
      !(binding.dangerous && context.readOnly),
  );
}

/** The command a key press means here, if any. */
export function commandFor(
  input: string,
  key: Key,
  context: KeyContext,
  table: readonly KeyBinding[] = KEY_TABLE,
): CommandId | undefined {
  return bindingsFor(context, table).find((binding) =>
    binding.matches(input, key),
  )?.id;
}

/**
 * One key press per character. A terminal may deliver several keys in one
 * read (a paste, a fast typist, tmux send-keys), and Ink hands them over
 * as one string; each is matched on its own.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  if ([...input].length <= 1) return [[input, key]];

  const plain: Key = {
    ...key,
    return: false,
    backspace: false,
    delete: false,
    shift: false,
    meta: false,
  };
  return [...input].map((char): [string, Key] => {
    if (char === '\r' || char === '\n') return ['', { ...plain, return: true }];
    if (char === '\x7f' || char === '\b') {
      return ['', { ...plain, backspace: true }];
    }
    return [char, { ...plain, shift: /[A-Z]/.test(char) }];
  });
}
