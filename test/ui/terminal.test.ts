import { describe, expect, it } from 'vitest';
import chalk from 'chalk';
import {
  enterFullScreen,
  honourNoColor,
  restoreOnExit,
  showStartingFrame,
} from '../../src/ui/terminal.js';

const ENTER = '\u001B[?1049h';
const CLEAR = '\u001B[2J\u001B[H';
const LEAVE = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

describe('the alternate screen', () => {
  it('enters, and restores once however often it is asked', () => {
    let output = '';
    const restore = enterFullScreen({ write: (d: string) => (output += d) });

    expect(output).toBe(ENTER + CLEAR);
    restore();
    restore();
    expect(output).toBe(ENTER + CLEAR + SHOW_CURSOR + LEAVE);
  });

  it('shows a plain starting frame before the app has loaded', () => {
    let output = '';
    const leave = showStartingFrame({ write: (d: string) => (output += d) });

    expect(output).toBe(ENTER + CLEAR + 'mfa-tui · starting…');
    leave();
    expect(output.endsWith(SHOW_CURSOR + LEAVE)).toBe(true);
  });

  it('restores on process exit, and its handlers can be removed', () => {
    let restored = 0;
    const before = process.listenerCount('exit');
    const uninstall = restoreOnExit(
      () => (restored += 1),
      () => {},
    );

    // Call the handler rather than emit 'exit', which the test runner
    // listens for too.
    const handler = process.listeners('exit').at(-1);
    expect(process.listenerCount('exit')).toBe(before + 1);
    handler?.(0);
    expect(restored).toBe(1);

    uninstall();
    expect(process.listenerCount('exit')).toBe(before);
    expect(process.listenerCount('SIGTERM')).toBe(0);
  });
});

describe('NO_COLOR', () => {
  it('turns chalk, and so Ink, colourless', () => {
    const level = chalk.level;

    chalk.level = 3;
    honourNoColor({ NO_COLOR: '1' });
    expect(chalk.level).toBe(0);
    expect(chalk.red('HIGH')).toBe('HIGH');

    chalk.level = 3;
    honourNoColor({ NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(chalk.level).toBe(3);
    chalk.level = level;
  });
});
