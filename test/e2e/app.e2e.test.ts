import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TmuxTerminal } from './tmux.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
const SIZE = { columns: 120, rows: 36 };

describe('the built app in a real terminal', () => {
  let terminal: TmuxTerminal;
  beforeEach(() => {
    terminal = new TmuxTerminal(SIZE);
  });
  afterEach(() => terminal.close());

  it('lists, filters, opens a user, goes back, shows help, and quits with the terminal restored', async () => {
    terminal.type(`node ${CLI} --sandbox; echo "exit=$?"`);
    terminal.press('Enter');

    const list = await terminal.waitFor((s) => s.includes('41 of 41 users'));
    expect(list).toContain('SANDBOX');
    expect(terminal.alternateScreen()).toBe(true);

    terminal.type('/');
    terminal.type('sandbox-adm');
    await terminal.waitFor((s) => s.includes('/sandbox-adm'));
    terminal.press('Enter');
    await terminal.waitFor((s) => /filter: \/sandbox-adm\s/.test(s));
    terminal.press('Enter');
    const detail = await terminal.waitFor(
      (s) => s.includes('user sandbox-admin') && s.includes('Access keys'),
    );
    expect(detail).toContain('arn:aws:iam::123456789012:user/sandbox-admin');

    terminal.press('Escape');
    // The list again, still filtered. Wait for it before the next key: a
    // terminal sends Esc followed at once by "?" as one Meta-? sequence.
    await terminal.waitFor((s) => /\b1 of 41 users\b/.test(s));

    terminal.type('?');
    const help = await terminal.waitFor(
      (s) => /help/i.test(s) && s.includes('quit'),
    );
    expect(help).toContain('filter');
    terminal.press('Escape');

    terminal.type('q');
    const after = await terminal.waitFor((s) => s.includes('exit=0'));
    expect(terminal.alternateScreen()).toBe(false);
    expect(after).not.toContain('sandbox-admin');
  });

  it('says the terminal is too small, then lays out again when it grows', async () => {
    terminal.resize(60, 15);
    terminal.type(`node ${CLI} --sandbox`);
    terminal.press('Enter');
    await terminal.waitFor((s) => /too small/i.test(s));

    terminal.resize(SIZE.columns, SIZE.rows);
    await terminal.waitFor((s) => s.includes('sandbox-admin'));
    terminal.press('C-c');
    await terminal.waitFor(() => !terminal.alternateScreen());
  });

  it('refuses to run the app without a terminal and points at report', async () => {
    terminal.type(`node ${CLI} --sandbox | cat; echo "exit=\${PIPESTATUS[0]}"`);
    terminal.press('Enter');
    const screen = await terminal.waitFor((s) => /exit=\d/.test(s));
    expect(screen).toContain('mfa-tui report');
    expect(screen).toContain('exit=2');
  });
});
