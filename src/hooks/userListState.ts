import {
  NO_FILTER,
  toggleQuickFilter,
  type QuickFilter,
  type RowFilter,
} from '../model/filter.js';
import { nextSortColumn, type SortSpec } from '../model/sort.js';

/** The users list's view state: it outlives the screen, so Esc from a
 * user comes back to the same place. */
export interface UserListState {
  filter: RowFilter;
  /** The `/` field has the keyboard. */
  editing: boolean;
  sort: SortSpec;
  /** User names picked with space for a bulk action. */
  selected: ReadonlySet<string>;
}

export type UserListAction =
  | { type: 'startEditing' }
  | { type: 'appendText'; text: string }
  | { type: 'eraseText' }
  | { type: 'stopEditing' }
  | { type: 'cancelEditing' }
  | { type: 'toggleQuick'; quick: QuickFilter }
  | { type: 'clearFilter' }
  | { type: 'sortNext' }
  | { type: 'sortFlip' }
  | { type: 'toggleSelected'; userName: string };

export const INITIAL_USER_LIST: UserListState = {
  filter: NO_FILTER,
  editing: false,
  sort: { column: 'user', order: 'asc' },
  selected: new Set(),
};

export function userListReducer(
  state: UserListState,
  action: UserListAction,
): UserListState {
  const { filter } = state;

  switch (action.type) {
    case 'startEditing':
      return { ...state, editing: true };
    case 'appendText':
      return {
        ...state,
        filter: { ...filter, text: filter.text + action.text },
      };
    case 'eraseText':
      return {
        ...state,
        filter: { ...filter, text: filter.text.slice(0, -1) },
      };
    case 'stopEditing':
      return { ...state, editing: false };
    case 'cancelEditing':
      return { ...state, editing: false, filter: { ...filter, text: '' } };
    case 'toggleQuick':
      return {
        ...state,
        filter: {
          ...filter,
          quick: toggleQuickFilter(filter.quick, action.quick),
        },
      };
    case 'clearFilter':
      return { ...state, filter: NO_FILTER };
    case 'sortNext':
      return {
        ...state,
        sort: { column: nextSortColumn(state.sort.column), order: 'asc' },
      };
    case 'sortFlip':
      return {
        ...state,
        sort: {
          ...state.sort,
          order: state.sort.order === 'asc' ? 'desc' : 'asc',
        },
      };
    case 'toggleSelected': {
      const selected = new Set(state.selected);

      if (!selected.delete(action.userName)) selected.add(action.userName);
      return { ...state, selected };
    }
  }
}

/** True when Esc has something to clear. */
export function isFiltered(state: UserListState): boolean {
  return state.filter.text !== '' || state.filter.quick.length > 0;
}
