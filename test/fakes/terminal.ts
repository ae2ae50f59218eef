import type { render } from 'ink-testing-library';

/** Bytes a terminal sends for the keys tests press. */
export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  enter: '\r',
  escape: '\u001B',
  backspace: '\u007F',
  space: ' ',
} as const;

type Rendered = ReturnType<typeof render>;

/**
 * Polls the last frame until `predicate` holds, so tests wait for what a
 * person would see rather than for a fixed time.
 */
export async function waitForFrame(
  rendered: Rendered,
  predicate: (frame: string) => boolean,
  timeoutMs = 10_000,
): Promise<string> {
  await waitUntil(
    () => predicate(rendered.lastFrame() ?? ''),
    () => `the frame; last frame:\n${rendered.lastFrame()}`,
    timeoutMs,
  );
  return rendered.lastFrame() ?? '';
}

/** Polls until `condition` holds, yielding to the event loop between. */
export async function waitUntil(
  condition: () => boolean,
  what: () => string = () => 'a condition',
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;

  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what()}`);
    await new Promise((resolve) => setImmediate(resolve));
  }

  // One more turn, so the effects of the render just seen have run.
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Gives ink-testing-library's stdout a size (it has a fixed 100 columns
 * and no rows) and tells the app it was resized.
 */
export function resize(rendered: Rendered, columns: number, rows: number) {
  Object.defineProperty(rendered.stdout, 'columns', {
    value: columns,
    configurable: true,
  });
  Object.defineProperty(rendered.stdout, 'rows', {
    value: rows,
    configurable: true,
  });
  rendered.stdout.emit('resize');
}

/** Writes keys one at a time, as a person types them. */
export async function press(rendered: Rendered, ...keys: string[]) {
  for (const key of keys) {
    rendered.stdin.write(key);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
