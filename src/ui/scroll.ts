import type { CommandId } from '../keys.js';

/**
 * The first line shown after a movement command, for a document of
 * `count` lines in a window of `height`; null when the command is not a
 * movement.
 */
export function scrollFor(
  command: CommandId,
  offset: number,
  count: number,
  height: number,
): number | null {
  const last = Math.max(0, count - height);
  const page = Math.max(1, height - 1);
  const clamp = (value: number) => Math.min(Math.max(0, value), last);

  switch (command) {
    case 'up':
      return clamp(offset - 1);
    case 'down':
      return clamp(offset + 1);
    case 'pageUp':
      return clamp(offset - page);
    case 'pageDown':
      return clamp(offset + page);
    case 'top':
      return 0;
    case 'bottom':
      return last;
    default:
      return null;
  }
}
