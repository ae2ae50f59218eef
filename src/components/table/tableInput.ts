import type { CommandId } from '../../keys.js';
import type { TableAction } from './tableState.js';

/**
 * The table's input map: which commands from the key table move it. Keys
 * themselves are matched in src/keys.ts only.
 */
export function tableActionFor(command: CommandId): TableAction | null {
  switch (command) {
    case 'up':
      return { type: 'move', delta: -1 };
    case 'down':
      return { type: 'move', delta: 1 };
    case 'pageUp':
      return { type: 'page', direction: -1 };
    case 'pageDown':
      return { type: 'page', direction: 1 };
    case 'top':
      return { type: 'top' };
    case 'bottom':
      return { type: 'bottom' };
    default:
      return null;
  }
}
