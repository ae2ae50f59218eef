import type { Key } from 'ink';
import type { KeyBinding, ScreenId } from '../keys.js';

/** Helpers the key table's parts share. */

export const LISTS: readonly ScreenId[] = ['users'];
export const SCROLLING: readonly ScreenId[] = [
  'users',
  'user',
  'orphans',
  'audit',
];
/** Where a plan can run, and so where its outcome can be retried. */
export const ACTING: readonly ScreenId[] = ['users', 'user', 'orphans'];

/** Palette-only commands: no key of their own, `:name` in the palette. */
export const paletteOnly = () => false;

export const char =
  (...chars: string[]) =>
  (input: string, key: Key) =>
    !key.ctrl && !key.meta && chars.includes(input);

export type Entry = Omit<KeyBinding, 'dangerous' | 'footer'> &
  Partial<Pick<KeyBinding, 'dangerous' | 'footer'>>;
