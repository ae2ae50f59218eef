import { Box, Text } from 'ink';
import type { AwsSession } from '../aws/session.js';
import { ActionPanel } from '../components/ActionPanel.js';
import type { Flash } from '../components/FlashLine.js';
import { Table, useTable, type Column } from '../components/table/index.js';
import { useAction } from '../hooks/useAction.js';
import { useCommandHandler } from '../hooks/useCommands.js';
import type { VirtualMfaDevice } from '../model/types.js';
import { formatDate } from '../ui/format.js';

export interface OrphansScreenProps {
  readonly session: AwsSession;
  /** The inventory's virtual MFA devices assigned to no one. */
  readonly devices: readonly VirtualMfaDevice[];
  readonly width: number;
  readonly height: number;
  readonly dryRun: boolean;
  /** A device was deleted: the inventory is read again. */
  readonly onChanged: () => void;
  readonly onFlash: (flash: Flash) => void;
  readonly onError: (error: Error) => void;
}

const COLUMNS: Column<VirtualMfaDevice>[] = [
  {
    id: 'serial',
    header: 'serial number',
    minWidth: 30,
    weight: 3,
    cell: (device) => ({ text: device.serialNumber }),
  },
  {
    id: 'created',
    header: 'created',
    minWidth: 10,
    weight: 1,
    cell: (device) => ({ text: formatDate(device.createdAt) }),
  },
];

/** Lines above the table: the title. */
const CHROME = 2;

/**
 * Virtual MFA devices assigned to no one: left over from an enrollment
 * that was never finished, or from a user removed without them.
 */
export function OrphansScreen(props: OrphansScreenProps) {
  const { devices } = props;
  const table = useTable({
    count: devices.length,
    height: props.height - CHROME,
  });
  const action = useAction({
    session: props.session,
    dryRun: props.dryRun,
    callerArn: '',
    onUserRead: () => {},
    onOrphansChanged: props.onChanged,
    onFlash: props.onFlash,
    onError: props.onError,
  });

  useCommandHandler((command) => {
    const device = devices[table.cursorNow()];

    if (action.handleCommand(command)) return true;
    if (command === 'deleteOrphanedMfaDevice' && device !== undefined) {
      action.startOrphan(device);
      return true;
    }
    return table.handleCommand(command);
  }, action.capture);

  return (
    <Box flexDirection="column" height={props.height}>
      <Text bold wrap="truncate-end">
        Orphaned MFA devices: {devices.length} virtual MFA devices assigned to
        no one
      </Text>
      {action.flow.phase !== 'idle' ? (
        <ActionPanel
          flow={action.flow}
          dryRun={props.dryRun}
          height={props.height - 1}
          onHighlight={action.highlight}
          offset={action.offset}
        />
      ) : (
        <Table
          rows={devices}
          columns={COLUMNS}
          width={props.width}
          height={props.height - CHROME}
          state={table.state}
          rowKey={(device) => device.serialNumber}
          emptyText="No unassigned virtual MFA devices."
        />
      )}
    </Box>
  );
}
