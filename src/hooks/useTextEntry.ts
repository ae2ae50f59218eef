import { useInput, type Key } from 'ink';
import { useLatest } from './useLatest.js';

export interface TextEntryOptions {
  isActive: boolean;
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
 * A one-line text field's keys. While it is active, the key table is off,
 * so `q` types a q instead of quitting. It listens all the time and
 * checks `isActive` per key, so the key right after `/` is not lost
 * while Ink re-subscribes. It reports edits, not the new value: keys can
 * arrive faster than frames, and a value from the last frame may be
 * stale.
 */
export function useTextEntry(options: TextEntryOptions): void {
  const onKey = useLatest((input: string, key: Key) => {
    if (!options.isActive) return;
    if (key.return) return options.onSubmit();
    if (key.escape) return options.onCancel();
    if (key.backspace || key.delete) return options.onErase();
    if (key.ctrl || key.meta || input === '') return;
    options.onInsert(input);
  });

  useInput(onKey);
}
