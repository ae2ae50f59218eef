import { useCallback, useMemo, useReducer, useRef } from 'react';
import { useTable, type TableControl } from '../components/table/index.js';
import type { CommandId } from '../keys.js';
import { filterRows, type QuickFilter } from '../model/filter.js';
import { sortRows } from '../model/sort.js';
import type { UserRow } from '../model/userRows.js';
import {
  INITIAL_USER_LIST,
  isFiltered,
  userListReducer,
  type UserListAction,
  type UserListState,
} from './userListState.js';

export interface UserList {
  state: UserListState;
  /** Filtered and sorted: what the table shows. */
  rows: UserRow[];
  table: TableControl;
  /** The row under the cursor as of the last key. */
  currentNow: () => UserRow | undefined;
  /** The filter field has the keyboard, as of the last key. */
  editingNow: () => boolean;
  dispatch: (action: UserListAction) => void;
  handleCommand: (command: CommandId) => boolean;
}

/** Actions that change which rows show, or their order. */
const REORDERING = new Set<UserListAction['type']>([
  'appendText',
  'eraseText',
  'cancelEditing',
  'toggleQuick',
  'clearFilter',
  'sortNext',
  'sortFlip',
]);

const QUICK_COMMANDS: Partial<Record<CommandId, QuickFilter>> = {
  noMfa: 'noMfa',
  staleKeys: 'staleKeys',
  anyFinding: 'anyFinding',
};

/** The users list's state and the commands that change it. */
export function useUserList(allRows: UserRow[], height: number): UserList {
  const [state, rawDispatch] = useReducer(userListReducer, INITIAL_USER_LIST);
  const rows = useMemo(
    () => sortRows(filterRows(allRows, state.filter), state.sort),
    [allRows, state.filter, state.sort],
  );
  const table = useTable({ count: rows.length, height });
  const currentNow = () => rows[table.cursorNow()];
  const { reset } = table;

  // Keys can arrive several to a read, before the next frame: the field
  // must take the key right after `/` even so.
  const editing = useRef(false);
  const editingNow = useCallback(() => editing.current, []);

  const dispatch = useCallback(
    (action: UserListAction) => {
      rawDispatch(action);

      if (action.type === 'startEditing') editing.current = true;
      if (action.type === 'stopEditing' || action.type === 'cancelEditing') {
        editing.current = false;
      }

      // A new filter or order makes the old cursor position meaningless.
      if (REORDERING.has(action.type)) reset();
    },
    [reset],
  );

  const handleCommand = (command: CommandId): boolean => {
    const quick = QUICK_COMMANDS[command];
    const current = currentNow();

    if (table.handleCommand(command)) return true;
    if (quick !== undefined) dispatch({ type: 'toggleQuick', quick });
    else if (command === 'filter') dispatch({ type: 'startEditing' });
    else if (command === 'sortColumn') dispatch({ type: 'sortNext' });
    else if (command === 'sortOrder') dispatch({ type: 'sortFlip' });
    else if (command === 'back' && isFiltered(state)) {
      dispatch({ type: 'clearFilter' });
    } else if (command === 'select' && current !== undefined) {
      dispatch({ type: 'toggleSelected', userName: current.userName });
    } else return false;
    return true;
  };

  return {
    state,
    rows,
    table,
    currentNow,
    editingNow,
    dispatch,
    handleCommand,
  };
}
