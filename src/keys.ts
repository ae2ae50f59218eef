import type { Key } from 'ink';
import { ACTION_KEYS } from './keyTable/actions.js';
import { APP_KEYS } from './keyTable/app.js';
import type { Entry } from './keyTable/shared.js';
import { VIEW_KEYS } from './keyTable/view.js';

/**
 * The one key table. The footer, the help overlay and the command palette
 * are generated from it, and screens act on command ids, never on raw
 * keys: a shortcut defined anywhere else is a bug. Its entries live in
 * src/keyTable/ by kind (view, actions, app), in the order help shows.
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

const ENTRIES: readonly Entry[] = [...VIEW_KEYS, ...ACTION_KEYS, ...APP_KEYS];

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
