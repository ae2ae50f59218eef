import { describe, expect, it } from 'vitest';
import { runApp } from '../../src/app.js';
import { NOW } from '../fixtures/inventory.js';
import { fakeSession } from '../fakes/session.js';
import { FakeStdin, FakeStdout } from '../fakes/streams.js';
import { waitUntil } from '../fakes/terminal.js';
import { teamInventory } from '../screens/fixtures.js';

const QUIT = 'q';
const CTRL_C = '\u0003';

// xterm's alternate screen is DEC private mode 1049: `CSI ? 1049 h` to
// enter, `CSI ? 1049 l` to leave and get the shell's screen back.
const ENTER = '\u001B[?1049h';
const LEAVE = '\u001B[?1049l';

async function runUntil(key: string) {
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const listeners = process.listenerCount('uncaughtException');
  const done = runApp({
    session: fakeSession({ inventory: teamInventory() }),
    readOnly: false,
    dryRun: false,
    clock: () => NOW,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    // Vitest's console cannot be patched; the app's own output is the test.
    patchConsole: false,
  });

  await waitUntil(() => stdout.output.includes('alice'));
  stdin.type(key);
  await done;
  return { output: stdout.output, listeners };
}

describe('runApp', () => {
  it.each([
    ['q', QUIT],
    ['Ctrl-C', CTRL_C],
  ])('draws in the alternate screen and leaves it on %s', async (_, key) => {
    const { output, listeners } = await runUntil(key);

    expect(output.startsWith(ENTER)).toBe(true);
    expect(output.indexOf('alice')).toBeGreaterThan(0);
    expect(output.lastIndexOf(LEAVE)).toBeGreaterThan(output.indexOf('alice'));
    // The crash handlers go away with the app.
    expect(process.listenerCount('uncaughtException')).toBe(listeners);
  });
});
