import { Box, Text } from 'ink';
import { fitColumns, fitText, type ColumnSize } from './columns.js';
import type { TableState } from './tableState.js';

/** What a cell shows: text always, colour only as a second signal. */
export interface Cell {
  text: string;
  color?: string;
}

export interface Column<Row> extends ColumnSize {
  id: string;
  header: string;
  cell: (row: Row) => Cell;
}

export interface TableProps<Row> {
  readonly rows: readonly Row[];
  readonly columns: readonly Column<Row>[];
  /** Terminal columns the table may use. */
  readonly width: number;
  /** Rows of data on screen, not counting the header. */
  readonly height: number;
  readonly state: TableState;
  readonly rowKey: (row: Row) => string;
  /** @default () => false */
  readonly isSelected?: (row: Row) => boolean;
  /** A marker after one header, e.g. the sort column's `▲`. */
  readonly headerMarks?: Readonly<Record<string, string>>;
  /** @default 'Nothing to show.' */
  readonly emptyText?: string;
}

/** Cursor `>` and selection `*` live in a gutter, readable without colour. */
const GUTTER = 3;

/**
 * A windowed table: renders only the rows on screen, under a header that
 * stays put. Cursor and scrolling come from `state` (see useTable).
 */
export function Table<Row>(props: TableProps<Row>) {
  const { rows, columns, state, height } = props;
  const widths = fitColumns(columns, props.width - GUTTER);
  const visible = rows.slice(state.offset, state.offset + height);
  const isSelected = props.isSelected ?? (() => false);

  return (
    <Box flexDirection="column" height={height + 1}>
      <Text bold wrap="truncate-end">
        {' '.repeat(GUTTER)}
        {columns
          .map((column, i) =>
            fitText(
              column.header + (props.headerMarks?.[column.id] ?? ''),
              widths[i] ?? 0,
            ),
          )
          .join(' ')}
      </Text>

      {rows.length === 0 ? (
        <Text dimColor>{props.emptyText ?? 'Nothing to show.'}</Text>
      ) : null}

      {visible.map((row, i) => {
        const current = state.offset + i === state.cursor;
        const gutter = `${current ? '>' : ' '}${isSelected(row) ? '*' : ' '} `;

        return (
          <Text key={props.rowKey(row)} inverse={current} wrap="truncate-end">
            {gutter}
            {columns.map((column, c) => {
              const cell = column.cell(row);
              const text = fitText(cell.text, widths[c] ?? 0);

              return (
                <Text key={column.id} color={cell.color}>
                  {c === 0 ? text : ` ${text}`}
                </Text>
              );
            })}
          </Text>
        );
      })}
    </Box>
  );
}
