import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app.js';
import { NOW } from '../fixtures/inventory.js';
import { renderApp, visibleUsers } from '../fakes/renderApp.js';
import { fakeSession, makeGate } from '../fakes/session.js';
import { press, resize, waitForFrame } from '../fakes/terminal.js';
import { bigInventory, teamInventory } from './fixtures.js';

const REFRESH = 'r';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((unmount) => unmount()));

function renderWith(session: ReturnType<typeof fakeSession>) {
  const app = render(
    <App session={session} readOnly dryRun={false} clock={() => NOW} />,
  );
  cleanups.push(app.unmount);
  resize(app, 100, 24);
  return app;
}

describe('the app frame', () => {
  it('shows what the loader is doing, never a blank screen', async () => {
    const gate = makeGate();
    const session = fakeSession({
      inventory: teamInventory(),
      gate,
      progress: [
        { step: 'generating the credential report', done: 1, total: 3 },
      ],
    });
    const app = renderWith(session);

    let frame = await waitForFrame(app, (f) =>
      f.includes('generating the credential report... 1/3'),
    );
    expect(frame).toContain('Loading the IAM inventory from SANDBOX');
    expect(frame).toContain('[READ-ONLY]');

    gate.open();
    frame = await waitForFrame(app, (f) => f.includes('alice'));
    expect(frame).not.toContain('Loading');
  });

  it('shows a failed load in the flash line, and retries on r', async () => {
    const session = fakeSession({
      inventory: teamInventory(),
      inventoryError: new Error(
        'The credentials have expired. Run `aws sso login` and try again.',
      ),
    });
    const app = renderWith(session);

    const frame = await waitForFrame(app, (f) => f.includes('Error:'));
    expect(frame).toContain(
      'Error: The credentials have expired. Run `aws sso login` and try again.',
    );

    await press(app, REFRESH);
    await waitForFrame(app, () => session.calls.loadInventory === 2);
    expect(session.calls.loadInventory).toBe(2);
  });

  it('reloads the inventory on r, keeping the list on screen meanwhile', async () => {
    const reloadGate = makeGate();
    const { app, session } = await renderApp({
      inventory: teamInventory(),
      reloadGate,
      progress: [{ step: 'reading the credential report' }],
    });
    cleanups.push(app.unmount);

    await press(app, REFRESH);
    let frame = await waitForFrame(app, (f) =>
      f.includes('Refreshing: reading the credential report...'),
    );
    expect(frame).toContain('4 of 4 users');

    reloadGate.open();
    frame = await waitForFrame(app, (f) => !f.includes('Refreshing'));
    expect(session.calls.loadInventory).toBe(2);
    expect(frame).toContain('4 of 4 users');
  });

  it('shows the dry-run badge', async () => {
    const { app } = await renderApp({
      inventory: teamInventory(),
      dryRun: true,
    });
    cleanups.push(app.unmount);

    expect(app.lastFrame()).toContain('[DRY-RUN]');
    expect(app.lastFrame()).not.toContain('[READ-ONLY]');
  });

  it('renders only the rows on screen for 5,000 users', async () => {
    const { app } = await renderApp({
      inventory: bigInventory(5000),
      rows: 30,
    });
    cleanups.push(app.unmount);

    // 30 rows: 1 spare, 4 header, 2 footer, 1 status, 1 table header.
    expect(visibleUsers(app.lastFrame() ?? '')).toHaveLength(21);

    // Speed is measured by `npm run bench`, never asserted in a test.
    await press(app, 'G');
    const frame = await waitForFrame(app, (f) => f.includes('user05000'));
    expect(visibleUsers(frame)).toHaveLength(21);
    expect(visibleUsers(frame).at(0)).toBe('user04980');
  });

  it('labels a stale credential report with its age', async () => {
    const stale = {
      ...teamInventory(),
      credentialReportGeneratedAt: new Date(NOW.getTime() - 130 * 60_000),
    };
    const { app } = await renderApp({ inventory: stale });
    cleanups.push(app.unmount);

    const frame = await waitForFrame(app, (f) => f.includes('STALE'));
    expect(frame).toContain('(2h 10m old, STALE: open a user to read it live)');
  });

  it('shows a fresh credential report with its age only', async () => {
    const fresh = {
      ...teamInventory(),
      credentialReportGeneratedAt: new Date(NOW.getTime() - 5 * 60_000),
    };
    const { app } = await renderApp({ inventory: fresh });
    cleanups.push(app.unmount);

    const frame = await waitForFrame(app, (f) => f.includes('(5m old)'));
    expect(frame).not.toContain('STALE');
  });

  it('takes keys typed ahead one by one, each on the frame the last led to', async () => {
    const { app, session } = await renderApp({ inventory: teamInventory() });
    cleanups.push(app.unmount);

    // One read, as a paste or tmux delivers it: filter to carol, leave the
    // filter, open. The last Enter must open carol, not the row that was
    // under the cursor before the filter applied.
    app.stdin.write('/carol\r\r');
    const frame = await waitForFrame(app, (f) => f.includes('read live at'));

    expect(session.calls.loadUserDetail).toEqual(['carol']);
    expect(frame).toContain('user carol');
  });

  it('shows a failed first load whole, however long, and how to go on', async () => {
    const sentence =
      'No AWS credentials could be loaded for profile prod while loading ' +
      'the IAM inventory. Check that it exists in ~/.aws/config or ' +
      '~/.aws/credentials; for SSO, run `aws sso login --profile prod`.';
    const session = fakeSession({
      inventory: teamInventory(),
      inventoryError: new Error(sentence),
    });
    const app = renderWith(session);

    const frame = await waitForFrame(app, (f) => f.includes('try again'));
    const body = frame
      .split('\n')
      .map((line) => line.trim())
      .join(' ');
    expect(body).toContain(sentence);
    expect(frame).toContain('Press r to try again, or q to quit.');
  });
});
