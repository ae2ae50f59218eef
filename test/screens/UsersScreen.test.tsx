import { afterEach, describe, expect, it } from 'vitest';
import { cursorUser, renderApp, visibleUsers } from '../fakes/renderApp.js';
import { KEYS, press, resize, waitForFrame } from '../fakes/terminal.js';
import { teamInventory } from './fixtures.js';

const FILTER = '/';
const NO_MFA = 'm';
const STALE_KEYS = 's';
const ANY_FINDING = 'f';
const SORT_NEXT = 'o';
const SORT_FLIP = 'O';
const HELP = '?';
const PALETTE = ':';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((unmount) => unmount()));

async function team(options: { columns?: number; rows?: number } = {}) {
  const rendered = await renderApp({ inventory: teamInventory(), ...options });
  cleanups.push(rendered.app.unmount);
  return rendered.app;
}

describe('the users screen', () => {
  it('shows every user with console, MFA, keys, groups and findings', async () => {
    const app = await team();
    const frame = app.lastFrame() ?? '';

    expect(visibleUsers(frame)).toEqual(['alice', 'bob', 'carol', 'dave']);
    expect(frame).toMatch(/bob\s+yes, 1d ago\s+none\s+0 active\s+—\s+HIGH 1/);
    expect(frame).toMatch(/carol\s+no\s+none\s+1 · 300d old · 200d ago/);
    expect(frame).toContain('users 4');
    expect(frame).toContain('console without MFA 1');
    expect(frame).toContain('SANDBOX');
    expect(frame).toContain('credential report 2026-06-01 12:00 UTC');
  });

  it('sorts by the next column, and flips the order', async () => {
    const app = await team();

    // Second column: console. Ascending: no password first, by name.
    await press(app, SORT_NEXT);
    let frame = await waitForFrame(app, (f) => f.includes('sort: console'));
    expect(visibleUsers(frame)).toEqual(['carol', 'dave', 'alice', 'bob']);

    await press(app, SORT_FLIP);
    frame = await waitForFrame(app, (f) => f.includes('descending'));
    expect(visibleUsers(frame)).toEqual(['alice', 'bob', 'carol', 'dave']);
    expect(frame).toContain('console ▼');
  });

  it('sorts by findings, worst first when descending', async () => {
    const app = await team();

    await press(app, ...SORT_NEXT.repeat(5), SORT_FLIP);
    const frame = await waitForFrame(app, (f) =>
      f.includes('sort: findings descending'),
    );
    expect(visibleUsers(frame)).toEqual(['bob', 'carol', 'alice', 'dave']);
  });

  it('filters by name, group or finding id as you type; Esc clears', async () => {
    const app = await team();

    await press(app, FILTER);
    await waitForFrame(app, (f) => f.includes('filter: /█'));
    await press(app, 'c', 'i');
    let frame = await waitForFrame(app, (f) => f.includes('filter: /ci█'));
    expect(visibleUsers(frame)).toEqual(['carol', 'dave']);
    expect(frame).toContain('2 of 4 users');

    // Backspace, then a finding id: console-without-mfa is bob's.
    await press(app, KEYS.backspace, KEYS.backspace, ...'without-mfa');
    frame = await waitForFrame(app, (f) => f.includes('/without-mfa█'));
    expect(visibleUsers(frame)).toEqual(['bob']);

    // Enter keeps the filter; q is a key again, Esc clears.
    await press(app, KEYS.enter);
    await waitForFrame(app, (f) => f.includes('filter: /without-mfa  '));
    await press(app, KEYS.escape);
    frame = await waitForFrame(app, (f) => f.includes('4 of 4 users'));
    expect(visibleUsers(frame)).toHaveLength(4);
  });

  it('types q into the filter instead of quitting', async () => {
    const app = await team();

    await press(app, FILTER);
    await waitForFrame(app, (f) => f.includes('filter: /█'));
    await press(app, 'q');
    const frame = await waitForFrame(app, (f) => f.includes('filter: /q█'));
    expect(frame).toContain('0 of 4 users');
    expect(frame).toContain('No users match. Esc clears the filter.');
  });

  it('has quick filters for no MFA, stale keys and any finding', async () => {
    const app = await team();

    await press(app, NO_MFA);
    let frame = await waitForFrame(app, (f) => f.includes('only: console'));
    expect(visibleUsers(frame)).toEqual(['bob']);

    await press(app, NO_MFA, STALE_KEYS);
    frame = await waitForFrame(app, (f) => f.includes('only: stale'));
    expect(visibleUsers(frame)).toEqual(['carol']);

    await press(app, STALE_KEYS, ANY_FINDING);
    frame = await waitForFrame(app, (f) => f.includes('only: any finding'));
    expect(visibleUsers(frame)).toEqual(['bob', 'carol']);

    await press(app, KEYS.escape);
    frame = await waitForFrame(app, (f) => !f.includes('only:'));
    expect(visibleUsers(frame)).toHaveLength(4);
  });

  it('selects users with space and counts them in the header', async () => {
    const app = await team();

    await press(app, KEYS.space, KEYS.down, KEYS.down, KEYS.space);
    let frame = await waitForFrame(app, (f) => f.includes('selected 2'));
    expect(frame).toMatch(/^ \* alice/m);
    expect(frame).toMatch(/^>\* carol/m);

    await press(app, KEYS.space);
    frame = await waitForFrame(app, (f) => f.includes('selected 1'));
    expect(frame).toMatch(/^> {2}carol/m);
  });

  it('moves with j/k, g/G and the arrows', async () => {
    const app = await team();

    await press(app, 'G');
    await waitForFrame(app, (f) => cursorUser(f) === 'dave');
    await press(app, 'k', KEYS.up);
    await waitForFrame(app, (f) => cursorUser(f) === 'bob');
    await press(app, 'g');
    const frame = await waitForFrame(app, (f) => cursorUser(f) === 'alice');
    expect(cursorUser(frame)).toBe('alice');
  });

  it('takes several keys in one read, as a paste or tmux sends them', async () => {
    const app = await team();

    // One write: down, down, Enter; then Esc, and `/ci` typed at once.
    app.stdin.write(`jj${KEYS.enter}`);
    await waitForFrame(app, (f) => f.includes('user carol'));
    await press(app, KEYS.escape);
    await waitForFrame(app, (f) => f.includes('4 of 4 users'));
    app.stdin.write(`${FILTER}ci`);
    const frame = await waitForFrame(app, (f) => f.includes('filter: /ci█'));
    expect(visibleUsers(frame)).toEqual(['carol', 'dave']);
  });

  it('shows help generated from the key table, and closes it', async () => {
    const app = await team();

    await press(app, HELP);
    const frame = await waitForFrame(app, (f) => f.includes('Help: keys'));
    expect(frame).toContain('only console users without MFA');
    expect(frame).toContain('flip the sort order');
    expect(frame).toMatch(/PgDn\s+page down/);

    await press(app, KEYS.escape);
    await waitForFrame(app, (f) => !f.includes('Help: keys'));
    expect(app.lastFrame()).toContain('alice');
  });

  it('runs a command chosen in the palette', async () => {
    const app = await team();

    await press(app, PALETTE);
    let frame = await waitForFrame(app, (f) => f.includes('Commands:'));
    expect(frame).toContain('only users with findings  (f)');
    expect(frame).not.toContain('move down');

    // The list starts at "open the user"; no MFA is three rows down.
    for (const next of ['back', 'filter:', 'only console']) {
      await press(app, KEYS.down);
      await waitForFrame(app, (f) => f.includes(`❯ ${next}`));
    }
    await press(app, KEYS.enter);
    frame = await waitForFrame(app, (f) => f.includes('only: console'));
    expect(visibleUsers(frame)).toEqual(['bob']);
  });

  it('replaces the layout with a notice below 80x20, and comes back', async () => {
    const app = await team();

    resize(app, 79, 30);
    let frame = await waitForFrame(app, (f) => f.includes('too small'));
    expect(frame).toContain('79x30; mfa-tui needs at least 80x20');
    expect(frame).not.toContain('alice');

    resize(app, 100, 19);
    frame = await waitForFrame(app, (f) => f.includes('100x19'));

    resize(app, 80, 20);
    frame = await waitForFrame(app, (f) => f.includes('alice'));
    expect(frame).not.toContain('too small');
  });

  it('fits the columns to the terminal width, with an ellipsis', async () => {
    const app = await team({ columns: 80 });
    const frame = app.lastFrame() ?? '';

    expect(frame.split('\n').every((line) => line.length <= 80)).toBe(true);
    expect(frame).toContain('…');
  });
});
