import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Table, type Column } from '../../src/components/table/index.js';
import { fitColumns, fitText } from '../../src/components/table/columns.js';
import {
  clampWindow,
  tableReducer,
} from '../../src/components/table/tableState.js';

const BOUNDS = { count: 100, height: 10 };

describe('table state', () => {
  it('scrolls only as far as the cursor needs', () => {
    let state = { cursor: 0, offset: 0 };

    for (let i = 0; i < 10; i += 1) {
      state = tableReducer(state, { type: 'move', delta: 1 }, BOUNDS);
    }
    expect(state).toEqual({ cursor: 10, offset: 1 });

    state = tableReducer(state, { type: 'page', direction: 1 }, BOUNDS);
    expect(state).toEqual({ cursor: 19, offset: 10 });

    state = tableReducer(state, { type: 'bottom' }, BOUNDS);
    expect(state).toEqual({ cursor: 99, offset: 90 });

    state = tableReducer(state, { type: 'move', delta: 1 }, BOUNDS);
    expect(state.cursor).toBe(99);

    state = tableReducer(state, { type: 'top' }, BOUNDS);
    expect(state).toEqual({ cursor: 0, offset: 0 });
  });

  it('clamps when the rows shrink under the cursor', () => {
    expect(
      clampWindow({ cursor: 80, offset: 75 }, { count: 5, height: 10 }),
    ).toEqual({ cursor: 4, offset: 0 });
  });
});

describe('column widths', () => {
  const columns = [
    { minWidth: 10, weight: 2 },
    { minWidth: 5, weight: 1, maxWidth: 8 },
    { minWidth: 4, weight: 0 },
  ];

  it('fills the width: minimums first, the rest by weight', () => {
    const widths = fitColumns(columns, 40);

    expect(widths.reduce((a, b) => a + b, 0) + 2).toBe(40);
    expect(widths[1]).toBeLessThanOrEqual(8);
    expect(widths[2]).toBe(4);
  });

  it('shrinks the last columns first when even minimums do not fit', () => {
    expect(fitColumns(columns, 17)).toEqual([10, 4, 1]);
  });

  it('cuts text with an ellipsis, or pads it', () => {
    expect(fitText('abcdefgh', 5)).toBe('abcd…');
    expect(fitText('ab', 5)).toBe('ab   ');
  });
});

describe('Table', () => {
  const rows = Array.from({ length: 5000 }, (_, i) => `row${i}`);
  const columns: Column<string>[] = [
    {
      id: 'name',
      header: 'name',
      minWidth: 10,
      weight: 1,
      cell: (r) => ({ text: r }),
    },
  ];

  it('renders the header and only the rows in the window', () => {
    const { lastFrame, unmount } = render(
      <Table
        rows={rows}
        columns={columns}
        width={40}
        height={5}
        state={{ cursor: 4001, offset: 4000 }}
        rowKey={(r) => r}
        isSelected={(r) => r === 'row4002'}
      />,
    );
    const lines = (lastFrame() ?? '').split('\n');

    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^ {3}name/);
    expect(lines[1]).toMatch(/^ {3}row4000/);
    expect(lines[2]).toMatch(/^> {2}row4001/);
    expect(lines[3]).toMatch(/^ \* row4002/);
    unmount();
  });

  it('says so when there is nothing to show', () => {
    const { lastFrame, unmount } = render(
      <Table
        rows={[]}
        columns={columns}
        width={40}
        height={5}
        state={{ cursor: 0, offset: 0 }}
        rowKey={(r) => r}
        emptyText="No users match."
      />,
    );

    expect(lastFrame()).toContain('No users match.');
    unmount();
  });
});
