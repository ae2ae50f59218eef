import type { Key } from 'ink';
import type { KeyCapture } from './useCommands.js';

export interface TextEntryOptions {
  /** Asked per key: the field may open between two keys of one read. */
  isActive: () => boolean;
  /** Typed text to add at the end. */
  onInsert: (text: string) => void;
  /** Backspace: drop the last character. */
  onErase: () => void;
  /** Enter: keep the text, stop typing. */
  onSubmit: () => void;
  /** Esc: drop the text, stop typing. */
  onCancel: () => void;
}

/**
 * A one-line text field's keys, as a capture for useCommandHandler: while
 * the field is active it takes every key, so `q` types a q instead of
 * quitting. It reports edits, not the new value: keys can arrive faster
 * than frames, and a value from the last frame may be stale.
 */
export function textEntry(options: TextEntryOptions): KeyCapture {
  return (input: string, key: Key) => {
    if (!options.isActive()) return false;

    if (key.return) options.onSubmit();
    else if (key.escape) options.onCancel();
    else if (key.backspace || key.delete) options.onErase();
    else if (!key.ctrl && !key.meta && input !== '') options.onInsert(input);
    return true;
  };
}
