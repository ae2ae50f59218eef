import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import {
  bindingsFor,
  commandFor,
  KEY_TABLE,
  type KeyBinding,
} from '../../src/keys.js';

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};
const USERS = { screen: 'users', readOnly: false } as const;

describe('the key table', () => {
  it('gives each key one meaning per screen', () => {
    for (const screen of ['users', 'user'] as const) {
      const bindings = bindingsFor({ screen, readOnly: false });
      const printable = [
        ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/:? ',
      ];

      for (const input of printable) {
        const hits = bindings.filter((b) => b.matches(input, NO_KEY));
        expect(hits.length, `${screen}: ${input}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('maps the documented keys to commands', () => {
    expect(commandFor('j', NO_KEY, USERS)).toBe('down');
    expect(commandFor('', { ...NO_KEY, pageDown: true }, USERS)).toBe(
      'pageDown',
    );
    expect(commandFor('', { ...NO_KEY, escape: true }, USERS)).toBe('back');
    expect(commandFor('G', { ...NO_KEY, shift: true }, USERS)).toBe('bottom');
    expect(commandFor('w', NO_KEY, USERS)).toBeUndefined();
    expect(commandFor('w', NO_KEY, { ...USERS, screen: 'user' })).toBe(
      'consoleLink',
    );
  });

  it('hides dangerous commands under read-only', () => {
    const deactivate: KeyBinding = {
      id: 'refresh',
      keys: 'D',
      description: 'deactivate',
      screens: 'all',
      category: 'action',
      dangerous: true,
      footer: 'deactivate',
      matches: (input) => input === 'D',
    };
    const table = [...KEY_TABLE, deactivate];

    expect(commandFor('D', NO_KEY, USERS, table)).toBe('refresh');
    expect(
      commandFor('D', NO_KEY, { ...USERS, readOnly: true }, table),
    ).toBeUndefined();
    expect(bindingsFor({ ...USERS, readOnly: true }, table)).not.toContain(
      deactivate,
    );
  });
});
