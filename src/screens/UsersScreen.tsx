import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { Table } from '../components/table/index.js';
import { useCommandHandler } from '../hooks/useCommands.js';
import type { UserList } from '../hooks/useUserList.js';
import { textEntry } from '../hooks/textEntry.js';
import { QUICK_FILTER_LABELS } from '../model/filter.js';
import { userColumns } from './userColumns.js';

export interface UsersScreenProps {
  readonly list: UserList;
  /** Every user, before filtering. */
  readonly total: number;
  readonly width: number;
  /** Lines for the whole screen: status line and table. */
  readonly height: number;
  readonly now: Date;
  readonly onOpen: (userName: string) => void;
}

/** Lines the screen uses above the table's rows. */
export const USERS_CHROME = 2;

/** The users table, with the filter and sort it is seen through. */
export function UsersScreen(props: UsersScreenProps) {
  const { list } = props;
  const { state, dispatch } = list;
  const columns = useMemo(() => userColumns(props.now), [props.now]);

  const filterField = textEntry({
    isActive: list.editingNow,
    onInsert: (text) => dispatch({ type: 'appendText', text }),
    onErase: () => dispatch({ type: 'eraseText' }),
    onSubmit: () => dispatch({ type: 'stopEditing' }),
    onCancel: () => dispatch({ type: 'cancelEditing' }),
  });

  useCommandHandler((command) => {
    const current = list.currentNow();

    if (command !== 'open') return list.handleCommand(command);
    if (current !== undefined) props.onOpen(current.userName);
    return true;
  }, filterField);

  const order = state.sort.order === 'asc' ? ' ▲' : ' ▼';

  return (
    <Box flexDirection="column" height={props.height}>
      <StatusLine list={list} total={props.total} />
      <Table
        rows={list.rows}
        columns={columns}
        width={props.width}
        height={props.height - USERS_CHROME}
        state={list.table.state}
        rowKey={(row) => row.userName}
        isSelected={(row) => state.selected.has(row.userName)}
        headerMarks={{ [state.sort.column]: order }}
        emptyText="No users match. Esc clears the filter."
      />
    </Box>
  );
}

function StatusLine({ list, total }: { list: UserList; total: number }) {
  const { filter, editing, sort } = list.state;
  const quick = filter.quick.map((q) => QUICK_FILTER_LABELS[q]).join(' + ');
  const parts = [
    `${list.rows.length} of ${total} users`,
    `sort: ${sort.column} ${sort.order === 'asc' ? 'ascending' : 'descending'}`,
  ];

  if (quick !== '') parts.push(`only: ${quick}`);

  return (
    <Text wrap="truncate-end">
      {editing || filter.text !== '' ? (
        <Text color={editing ? 'cyan' : undefined}>
          filter: /{filter.text}
          {editing ? '█' : ''}
          {'  '}
        </Text>
      ) : null}
      {parts.join('  ·  ')}
    </Text>
  );
}
