import { char, type Entry, paletteOnly } from './shared.js';

/** Screens, refresh, help and quit: everywhere. */
export const APP_KEYS: readonly Entry[] = [
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
