import { render } from 'ink-testing-library';
import { stripVTControlCharacters as stripAnsi } from 'node:util';
import { App } from '../../src/app.js';
import type { Inventory } from '../../src/model/types.js';
import { NOW } from '../fixtures/inventory.js';
import { fakeSession, type FakeSessionOptions } from './session.js';
import { resize, waitForFrame } from './terminal.js';

export interface RenderAppOptions extends Partial<FakeSessionOptions> {
  inventory: Inventory;
  columns?: number;
  rows?: number;
  readOnly?: boolean;
  dryRun?: boolean;
  /** Wait for this text before handing the app over. */
  waitFor?: string;
}

/**
 * Renders the whole app against a fake session at a given terminal size
 * and waits until the first user row (or `waitFor`) is on screen.
 */
export async function renderApp(options: RenderAppOptions) {
  const session = fakeSession(options);
  const app = render(
    <App
      session={session}
      readOnly={options.readOnly ?? false}
      dryRun={options.dryRun ?? false}
      clock={() => NOW}
    />,
  );

  resize(app, options.columns ?? 120, options.rows ?? 30);
  const first = options.waitFor ?? options.inventory.users[0]?.userName;
  if (first !== undefined) await waitForFrame(app, (f) => f.includes(first));
  return { app, session };
}

/** The user name on the cursor row (marked `>` in the gutter). */
export function cursorUser(frame: string): string | undefined {
  return /^>[ *] (\S+)/m.exec(stripAnsi(frame))?.[1];
}

/** The user names in table order, as the frame shows them. */
export function visibleUsers(frame: string): string[] {
  return stripAnsi(frame)
    .split('\n')
    .flatMap((line) => /^[> ][ *] (\S+)/.exec(line)?.[1] ?? [])
    .filter((name) => name !== 'user');
}
