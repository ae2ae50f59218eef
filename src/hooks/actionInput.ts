import type { Key } from 'ink';
import type { ActionFlow, Confirmation } from './actionFlow.js';
import { textEntry } from './textEntry.js';
import type { KeyCapture } from './useCommands.js';

export interface ActionInputOptions {
  /** The flow as of the last key, not the last frame. */
  flow: () => ActionFlow;
  setFlow: (flow: ActionFlow) => void;
  cancel: () => void;
  accept: (confirm: Confirmation) => void;
  /** Enter in the target picker: take the choice under its cursor. */
  pick: () => void;
  /** Moves a plan taller than its view by this many lines. */
  scroll: (lines: number) => void;
}

/** Lines a key scrolls a plan by; PgUp/PgDn move ten. */
function scrollLines(key: Key): number {
  if (key.upArrow) return -1;
  if (key.downArrow) return 1;
  if (key.pageUp) return -10;
  if (key.pageDown) return 10;
  return 0;
}

/**
 * The keys an action's dialog takes while it is open: a confirmation is a
 * text field (Enter confirms, Esc cancels), a read or a run in progress
 * takes every key so nothing else starts meanwhile, and the target
 * picker leaves its keys to the list (Esc cancels). Arrows scroll a
 * plan taller than the screen. An outcome on screen takes no keys: it
 * answers commands (back, retry, movement) like a screen.
 */
export function actionInput(options: ActionInputOptions): KeyCapture {
  const confirmation = (): Confirmation | null => {
    const flow = options.flow();
    return flow.phase === 'confirming' ? flow.confirm : null;
  };
  const edit = (change: (typed: string) => string) => {
    const confirm = confirmation();
    if (confirm === null || confirm.typeToConfirm === null) return;
    options.setFlow({
      phase: 'confirming',
      confirm: { ...confirm, typed: change(confirm.typed) },
    });
  };

  const field = textEntry({
    isActive: () => confirmation() !== null,
    onInsert: (text) => edit((typed) => typed + text),
    onErase: () => edit((typed) => typed.slice(0, -1)),
    onSubmit: () => {
      const confirm = confirmation();
      if (confirm !== null) options.accept(confirm);
    },
    onCancel: options.cancel,
  });

  return (input, key) => {
    const { phase } = options.flow();
    const lines = scrollLines(key);

    if (phase === 'idle' || phase === 'finished') return false;
    if (lines !== 0 && phase !== 'picking') {
      options.scroll(lines);
      return true;
    }
    if (phase === 'confirming') return field(input, key);
    if (key.escape && phase !== 'running') options.cancel();
    if (key.return && phase === 'picking') options.pick();
    return true;
  };
}
