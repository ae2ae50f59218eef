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

export interface CommandRegistry {
  /** Makes `handler` the screen's handler; returns how to take it back. */
  register: (handler: CommandHandler) => () => void;
}

export const CommandContext = createContext<CommandRegistry>({
  register: () => () => {},
});

/**
 * Lets the screen on top receive the commands the app does not handle
 * itself, whether they came from a key or from the command palette.
 */
export function useCommandHandler(handler: CommandHandler): void {
  const { register } = useContext(CommandContext);
  const stable = useLatest(handler);

  // A layout effect, so the screen takes keys from its first frame on:
  // a passive effect may run after the first key press has arrived.
  useLayoutEffect(() => register(stable), [register, stable]);
}

export interface CommandRouter {
  registry: CommandRegistry;
  /** Offers a command to the screen on top; false when it declines. */
  toScreen: (command: CommandId) => boolean;
}

/** The app's end: one screen handler at a time, the one on top. */
export function useCommandRouter(): CommandRouter {
  const handler = useRef<CommandHandler | null>(null);

  return useMemo(
    () => ({
      registry: {
        register: (next) => {
          handler.current = next;
          return () => {
            if (handler.current === next) handler.current = null;
          };
        },
      },
      toScreen: (command) => handler.current?.(command) ?? false,
    }),
    [],
  );
}
