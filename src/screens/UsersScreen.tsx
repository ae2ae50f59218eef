import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { AwsSession } from '../aws/session.js';
import { ActionPanel } from '../components/ActionPanel.js';
import type { Flash } from '../components/FlashLine.js';
import { Table } from '../components/table/index.js';
import { useAction } from '../hooks/useAction.js';
import { useCommandHandler } from '../hooks/useCommands.js';
import type { UserList } from '../hooks/useUserList.js';
import { textEntry } from '../hooks/textEntry.js';
import { QUICK_FILTER_LABELS } from '../model/filter.js';
import type { UserRecord } from '../model/types.js';
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
  readonly session: AwsSession;
  readonly dryRun: boolean;
  /** The signed-in caller: containing this user warns of a lock-out. */
  readonly callerArn: string;
  /** A user re-read live after a write: its record replaces its row. */
  readonly onRecord: (record: UserRecord) => void;
  readonly onFlash: (flash: Flash) => void;
  readonly onError: (error: Error) => void;
}

/** Lines the screen uses above the table's rows. */
export const USERS_CHROME = 2;

/** The users table, with the filter and sort it is seen through. */
export function UsersScreen(props: UsersScreenProps) {
  const { list } = props;
  const { state, dispatch } = list;
  const columns = useMemo(() => userColumns(props.now), [props.now]);
  const action = useAction({
    session: props.session,
    dryRun: props.dryRun,
    callerArn: props.callerArn,
    onUserRead: (detail) => props.onRecord(detail.record),
    onFlash: props.onFlash,
    onError: props.onError,
  });

  const filterField = textEntry({
    isActive: list.editingNow,
    onInsert: (text) => dispatch({ type: 'appendText', text }),
    onErase: () => dispatch({ type: 'eraseText' }),
    onSubmit: () => dispatch({ type: 'stopEditing' }),
    onCancel: () => dispatch({ type: 'cancelEditing' }),
  });

  useCommandHandler(
    (command) => {
      const current = list.currentNow();

      if (action.handleCommand(command)) return true;
      if (command === 'containUser') {
        // The users selected with space; else the one under the cursor.
        const chosen = [...list.state.selected];
        const names = chosen.length > 0 ? chosen : [current?.userName ?? ''];
        if (names[0] !== '') action.startContain(names);
        return true;
      }
      if (command !== 'open') return list.handleCommand(command);
      if (current !== undefined) props.onOpen(current.userName);
      return true;
    },
    (input, key) => action.capture(input, key) || filterField(input, key),
  );

  const order = state.sort.order === 'asc' ? ' ▲' : ' ▼';

  return (
    <Box flexDirection="column" height={props.height}>
      <StatusLine list={list} total={props.total} />
      {action.flow.phase !== 'idle' ? (
        <ActionPanel
          flow={action.flow}
          dryRun={props.dryRun}
          height={props.height - USERS_CHROME}
          onHighlight={action.highlight}
          offset={action.offset}
        />
      ) : (
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
      )}
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
