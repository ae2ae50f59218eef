/**
 * The windowed table's state: a cursor and the first visible row. Pure,
 * so the same moves work for 40 rows or 5,000.
 */
export interface TableState {
  /** Index of the row under the cursor. */
  cursor: number;
  /** Index of the first row on screen. */
  offset: number;
}

/** What the state is clamped against: rows in all, and rows on screen. */
export interface TableBounds {
  count: number;
  height: number;
}

export type TableAction =
  | { type: 'move'; delta: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'top' }
  | { type: 'bottom' };

export const INITIAL_TABLE_STATE: TableState = { cursor: 0, offset: 0 };

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Keeps the cursor on a row and on screen, scrolling as little as
 * possible: used after every move and whenever the bounds change.
 */
export function clampWindow(
  state: TableState,
  bounds: TableBounds,
): TableState {
  const height = Math.max(1, bounds.height);
  const cursor = clamp(state.cursor, 0, bounds.count - 1);
  const lowest = clamp(state.offset, cursor - height + 1, cursor);
  const offset = clamp(lowest, 0, bounds.count - height);

  return cursor === state.cursor && offset === state.offset
    ? state
    : { cursor, offset };
}

export function tableReducer(
  state: TableState,
  action: TableAction,
  bounds: TableBounds,
): TableState {
  const page = Math.max(1, bounds.height - 1);

  switch (action.type) {
    case 'move':
      return clampWindow(
        { ...state, cursor: state.cursor + action.delta },
        bounds,
      );

    case 'page':
      return clampWindow(
        {
          cursor: state.cursor + action.direction * page,
          offset: state.offset + action.direction * page,
        },
        bounds,
      );

    case 'top':
      return clampWindow({ cursor: 0, offset: 0 }, bounds);

    case 'bottom':
      return clampWindow(
        { cursor: bounds.count - 1, offset: bounds.count },
        bounds,
      );
  }
}
