import { render } from 'ink-testing-library';
import { App } from '../src/app.js';
import {
  daysAgo,
  makeAccessKey,
  makeConsoleUser,
  makeInventory,
  makeUser,
  NOW,
} from '../test/fixtures/inventory.js';
import { fakeSession } from '../test/fakes/session.js';
import { resize } from '../test/fakes/terminal.js';

const USERS = 5_000;
const KEY_PRESSES = 60;
const DOWN = '\u001B[B';
const PAGE_DOWN = '\u001B[6~';

function teamOf(size: number) {
  return Array.from({ length: size }, (_, i) => {
    const userName = `user-${String(i).padStart(5, '0')}`;
    return i % 3 === 0
      ? makeUser({
          userName,
          accessKeys: [makeAccessKey({ createdAt: daysAgo(i % 400) })],
        })
      : makeConsoleUser({ userName, mfaActive: i % 5 !== 0, mfaDevices: [] });
  });
}

type Rendered = ReturnType<typeof render>;

/** Resolves with the milliseconds until the next frame is written. */
function nextFrame(rendered: Rendered, action: () => void): Promise<number> {
  const before = rendered.frames.length;
  const started = performance.now();
  action();
  return new Promise((resolve) => {
    const poll = () => {
      if (rendered.frames.length > before) {
        resolve(performance.now() - started);
      } else {
        setImmediate(poll);
      }
    };
    poll();
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.floor(sorted.length * p));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}

/**
 * The users screen at 5,000 users, in this process: from render to the
 * first frame with the list, and from each key press to the next frame.
 */
export async function benchUi() {
  const session = fakeSession({
    inventory: makeInventory({ users: teamOf(USERS) }),
  });

  const started = performance.now();
  const rendered = render(
    <App session={session} readOnly={false} dryRun={false} clock={() => NOW} />,
  );
  resize(rendered, 120, 40);
  while (!(rendered.lastFrame() ?? '').includes('user-00000')) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  const firstListFrameMs = Math.round(performance.now() - started);

  const moves: number[] = [];
  for (let i = 0; i < KEY_PRESSES; i++) {
    const key = i % 10 === 9 ? PAGE_DOWN : DOWN;
    moves.push(await nextFrame(rendered, () => rendered.stdin.write(key)));
  }
  const filter: number[] = [];
  await nextFrame(rendered, () => rendered.stdin.write('/'));
  for (const character of 'user-0042') {
    filter.push(
      await nextFrame(rendered, () => rendered.stdin.write(character)),
    );
  }
  rendered.unmount();

  return {
    users: USERS,
    firstListFrameMs,
    keyToFrameMs: {
      moveP50: percentile(moves, 0.5),
      moveP95: percentile(moves, 0.95),
      filterKeystrokeP50: percentile(filter, 0.5),
      filterKeystrokeP95: percentile(filter, 0.95),
    },
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
  };
}
