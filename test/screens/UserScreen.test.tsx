import { afterEach, describe, expect, it } from 'vitest';
import { cursorUser, renderApp } from '../fakes/renderApp.js';
import { KEYS, press, waitForFrame } from '../fakes/terminal.js';
import { bigInventory, teamInventory } from './fixtures.js';

const CONSOLE_LINK = 'w';
const REFRESH = 'r';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((unmount) => unmount()));

async function open(
  options: Parameters<typeof renderApp>[0],
  userName: string,
  moves: string[],
) {
  const rendered = await renderApp(options);
  cleanups.push(rendered.app.unmount);

  for (const key of moves) await press(rendered.app, key);
  await waitForFrame(rendered.app, (f) => cursorUser(f) === userName);
  await press(rendered.app, KEYS.enter);
  await waitForFrame(rendered.app, (f) => f.includes(`user ${userName}`));
  return rendered;
}

describe('the user screen', () => {
  it('re-reads the user live and shows every section', async () => {
    const { app, session } = await open(
      { inventory: teamInventory(), rows: 40 },
      'carol',
      ['G', 'k'],
    );
    const frame = await waitForFrame(app, (f) => f.includes('Findings'));

    expect(session.calls.loadUserDetail).toEqual(['carol']);
    expect(frame).toContain('read live at 2026-06-01 12:00 UTC');
    expect(frame).toContain('ARN       arn:aws:iam::123456789012:user/carol');
    expect(frame).toContain('tags      team=platform');
    expect(frame).toContain('(no login profile)');
    expect(frame).toMatch(
      /AKIACAROL00000000001 {2}Active {2}created \S+ \(300d old\) {2}last used \S+ iam us-east-1/,
    );
    expect(frame).toMatch(/Groups\s+ci/);
    // The findings engine's own titles and CIS numbers, worst first.
    expect(frame).toMatch(/MEDIUM .*\(CIS 1\.\d+\)/);
    // The live read replaced the row: the header counts it as live.
    await waitForFrame(app, (f) => f.includes('old) · 1 live'));
  });

  it('goes back to the list at the same place with Esc', async () => {
    const { app } = await open(
      { inventory: bigInventory(200), rows: 24 },
      'user00030',
      [KEYS.pageDown, KEYS.pageDown, KEYS.down],
    );

    await press(app, KEYS.escape);
    const frame = await waitForFrame(app, (f) => f.includes('of 200 users'));
    expect(cursorUser(frame)).toBe('user00030');
  });

  it('scrolls a long page with the movement keys', async () => {
    const { app } = await open(
      { inventory: teamInventory(), rows: 24 },
      'carol',
      ['G', 'k'],
    );

    let frame = await waitForFrame(app, (f) => /lines 1-\d+ of \d+/.test(f));
    await press(app, 'j');
    frame = await waitForFrame(app, (f) => /lines 2-\d+ of/.test(f));
    expect(frame).not.toContain('read live at');
    // G shows the last line: the last of carol's findings.
    await press(app, 'G');
    frame = await waitForFrame(app, (f) => f.includes('Access key unused'));
    expect(frame).toContain('Access key unused (CIS 1.12)');
  });

  it('shows the AWS console link on w', async () => {
    const { app } = await open({ inventory: teamInventory() }, 'alice', []);

    await press(app, CONSOLE_LINK);
    const frame = await waitForFrame(app, (f) => f.includes('AWS console:'));
    // Without hyperlink support, ink-link prints the URL after the text.
    expect(frame).toContain(
      'https://console.aws.amazon.com/iam/home#/users/details/alice',
    );
  });

  it('re-reads on r', async () => {
    const { app, session } = await open(
      { inventory: teamInventory() },
      'alice',
      [],
    );
    await waitForFrame(app, (f) => f.includes('Identity'));

    await press(app, REFRESH);
    await waitForFrame(app, () => session.calls.loadUserDetail.length === 2);
    expect(session.calls.loadUserDetail).toEqual(['alice', 'alice']);
  });

  it('shows a failed read in the flash line', async () => {
    const denied = new Error(
      'AccessDenied: your role lacks iam:ListAccessKeys on user/bob.',
    );
    const { app } = await open(
      { inventory: teamInventory(), detailErrors: { bob: denied } },
      'bob',
      [KEYS.down],
    );

    const frame = await waitForFrame(app, (f) => f.includes('AccessDenied'));
    expect(frame).toContain(
      'Error: AccessDenied: your role lacks iam:ListAccessKeys on user/bob.',
    );
    expect(frame).toContain(
      'Could not read bob. r tries again, Esc goes back.',
    );
  });

  it('says so when running a plan fails outright, and keeps the app', async () => {
    const { app } = await open(
      {
        inventory: teamInventory(),
        rows: 40,
        runPlanError: new Error('The audit log could not be opened.'),
      },
      'carol',
      ['G', 'k'],
    );
    await waitForFrame(app, (f) => f.includes('Findings'));

    await press(app, 'K');
    await waitForFrame(app, (f) => f.includes('Enter'));
    await press(app, KEYS.enter);

    const frame = await waitForFrame(app, (f) =>
      f.includes('Error: The audit log could not be opened.'),
    );
    expect(frame).toContain('user carol');
  });
});
