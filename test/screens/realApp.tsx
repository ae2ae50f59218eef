import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { render } from 'ink-testing-library';
import { App } from '../../src/app.js';
import {
  bindingsFor,
  type CommandId,
  type KeyContext,
} from '../../src/keys.js';
import type { AuditEntry } from '../../src/model/plans.js';
import type { SandboxAccount, SandboxUser } from '../../src/sandbox/state.js';
import { type PlanHarness, startPlanHarness } from '../aws/planHarness.js';
import { cursorUser } from '../fakes/renderApp.js';
import { KEYS, press, resize, waitForFrame } from '../fakes/terminal.js';

/** A real session on a seeded sandbox reads more than a fixture does. */
export const LIVE_MS = 10_000;

export interface RealApp {
  app: ReturnType<typeof render>;
  harness: PlanHarness;
  account: SandboxAccount;
  /** Waits for text on screen, with a live session's patience. */
  see: (text: string | ((frame: string) => boolean)) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * The whole app on the REAL session (SDK clients, executor, audit log)
 * against an in-process seeded sandbox, at 120x40.
 */
export async function startRealApp(
  options: { readOnly?: boolean; dryRun?: boolean } = {},
): Promise<RealApp> {
  const harness = await startPlanHarness('in-process', {
    dryRun: options.dryRun ?? false,
  });
  const app = render(
    <App
      session={harness.session}
      readOnly={options.readOnly ?? false}
      dryRun={options.dryRun ?? false}
    />,
  );
  resize(app, 120, 40);

  const see: RealApp['see'] = (text) =>
    waitForFrame(
      app,
      typeof text === 'string' ? (f) => f.includes(text) : text,
      LIVE_MS,
    );
  await see('sandbox-admin');
  return {
    app,
    harness,
    account: harness.sandbox.service.account,
    see,
    close: async () => {
      app.unmount();
      await harness.close();
    },
  };
}

/** Types text key by key, as a person does. */
export async function type(app: RealApp['app'], text: string) {
  await press(app, ...text);
}

/** Filters the list to `userName` and opens it, read live. */
export async function openUser(real: RealApp, userName: string) {
  await press(real.app, '/');
  await type(real.app, userName);
  await press(real.app, KEYS.enter);
  await real.see((f) => cursorUser(f) === userName);
  await press(real.app, KEYS.enter);
  await real.see('read live at');
}

/** Runs a command from the `:` palette, by moving to it. */
export async function fromPalette(
  real: RealApp,
  context: KeyContext,
  command: CommandId,
) {
  const items = bindingsFor(context).filter(
    (b) => b.category !== 'move' && b.id !== 'palette',
  );
  const index = items.findIndex((b) => b.id === command);

  await press(real.app, ':');
  await real.see('Commands:');
  // The list takes one key per frame: wait for each move to show.
  for (let i = 1; i <= index; i += 1) {
    await press(real.app, KEYS.down);
    const description = items[i]?.description ?? '';
    await real.see((f) => f.includes(`❯ ${description}`));
  }
  await press(real.app, KEYS.enter);
}

export function auditEntries(real: RealApp): AuditEntry[] {
  try {
    return readFileSync(real.harness.auditLogPath, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AuditEntry);
  } catch {
    return [];
  }
}

export function seededUser(
  account: SandboxAccount,
  matches: (user: SandboxUser) => boolean,
): SandboxUser {
  const user = [...account.users.values()].find(
    (candidate) => candidate.userName !== 'sandbox-admin' && matches(candidate),
  );
  if (!user) throw new Error('the seed has no such user');
  return user;
}

/**
 * A starter for this test file's apps: each one is unmounted and its
 * sandbox closed after the test that started it.
 */
export function realApps() {
  const opened: RealApp[] = [];
  afterEach(async () => {
    for (const real of opened.splice(0)) await real.close();
  });

  return async (options?: Parameters<typeof startRealApp>[0]) => {
    const real = await startRealApp(options);
    opened.push(real);
    return real;
  };
}
