import chalk from 'chalk';
import { constants } from 'node:os';

/** xterm's alternate screen (DEC private mode 1049), and cursor on. */
const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
const CLEAR_SCREEN = '\x1b[2J\x1b[H';

/** Signals after which the terminal must come back before the process goes. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Turns colour off when NO_COLOR is set (https://no-color.org). Ink
 * colours through chalk, which honours FORCE_COLOR=0 but, by its
 * maintainers' choice, not NO_COLOR. Every colour on screen has a text
 * label too, so nothing is lost.
 */
export function honourNoColor(env: NodeJS.ProcessEnv): void {
  if (env.NO_COLOR && env.FORCE_COLOR === undefined) chalk.level = 0;
}

export interface Terminal {
  write: (data: string) => unknown;
}

/**
 * Switches to the alternate screen, so the app draws full screen and the
 * shell's scrollback is left as it was. Ink 6 has no option for this.
 * Returns the way back; calling it again does nothing.
 */
export function enterFullScreen(stream: Terminal): () => void {
  let restored = false;

  stream.write(ENTER_ALTERNATE_SCREEN + CLEAR_SCREEN);
  return () => {
    if (restored) return;
    restored = true;
    stream.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
  };
}

/**
 * A first frame in plain text, drawn before Ink and React have loaded
 * (they take most of a second to start), so launching never shows a
 * blank or frozen terminal. The app clears it when it takes over.
 */
export function showStartingFrame(stream: Terminal): () => void {
  const restore = enterFullScreen(stream);
  stream.write('mfa-tui · starting…');
  return restore;
}

/**
 * Restores the terminal however the process ends: a normal exit, a
 * signal, or an error nobody caught (which is reported through `onCrash`
 * and ends the process with exit code 2, as any AWS or usage error
 * does). Returns a function that removes the handlers again.
 */
export function restoreOnExit(
  restore: () => void,
  onCrash: (error: unknown) => void,
): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(128 + (constants.signals[signal] ?? 0));
  };
  const onError = (error: unknown) => {
    restore();
    onCrash(error);
    process.exit(2);
  };

  process.on('exit', restore);
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  for (const signal of SIGNALS) process.on(signal, onSignal);

  return () => {
    process.off('exit', restore);
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
}
