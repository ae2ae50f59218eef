import type { Key } from 'ink';
import {
  createContext,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import type { CommandId } from '../keys.js';
import { useLatest } from './useLatest.js';

/** Runs a command from the key table; false when it does not apply. */
export type CommandHandler = (command: CommandId) => boolean;

/**
 * Sees a key before the key table does; true when it took it (a text
 * field that has the keyboard).
 */
export type KeyCapture = (input: string, key: Key) => boolean;

export interface ScreenInput {
  command: CommandHandler;
  capture: KeyCapture;
}

export interface CommandRegistry {
  /** Makes `input` the screen's; returns how to take it back. */
  register: (input: ScreenInput) => () => void;
}

export const CommandContext = createContext<CommandRegistry>({
  register: () => () => {},
});

const NO_CAPTURE: KeyCapture = () => false;

/**
 * Lets the screen on top receive the commands the app does not handle
 * itself, whether they came from a key or from the command palette, and
 * optionally capture keys first.
 */
export function useCommandHandler(
  handler: CommandHandler,
  capture: KeyCapture = NO_CAPTURE,
): void {
  const { register } = useContext(CommandContext);
  const command = useLatest(handler);
  const captured = useLatest(capture);

  // A layout effect, so the screen takes keys from its first frame on:
  // a passive effect may run after the first key press has arrived.
  useLayoutEffect(
    () => register({ command, capture: captured }),
    [register, command, captured],
  );
}

export interface CommandRouter {
  registry: CommandRegistry;
  /** Offers a command to the screen on top; false when it declines. */
  toScreen: (command: CommandId) => boolean;
  /** Offers a raw key to the screen on top; true when it took it. */
  captureKey: KeyCapture;
}

/** The app's end: one screen's input at a time, the one on top. */
export function useCommandRouter(): CommandRouter {
  const screen = useRef<ScreenInput | null>(null);

  return useMemo(
    () => ({
      registry: {
        register: (next) => {
          screen.current = next;
          return () => {
            if (screen.current === next) screen.current = null;
          };
        },
      },
      toScreen: (command) => screen.current?.command(command) ?? false,
      captureKey: (input, key) => screen.current?.capture(input, key) ?? false,
    }),
    [],
  );
}
