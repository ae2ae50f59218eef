import { Box, Text } from 'ink';
import { useCallback, useMemo } from 'react';
import type { AwsSession } from '../aws/session.js';
import { ScrollView } from '../components/ScrollView.js';
import { useAbortable } from '../hooks/useAbortable.js';
import { useCommandHandler } from '../hooks/useCommands.js';
import { useScroll } from '../hooks/useScroll.js';
import type { AuditEntry } from '../model/plans.js';
import { COLOR } from '../ui/theme.js';
import type { DetailLine } from '../ui/userDetailLines.js';

export interface AuditScreenProps {
  readonly session: AwsSession;
  readonly height: number;
}

function result(entry: AuditEntry): string {
  if (entry.phase === 'intent') return 'intent';
  return entry.result === 'ok' ? 'ok' : `error ${entry.errorCode ?? ''}`;
}

/** One line per entry: time, action, target, result, request id. */
export function auditLines(entries: readonly AuditEntry[]): DetailLine[] {
  return [...entries].reverse().map((entry) => ({
    text: [
      entry.time.slice(0, 19).replace('T', ' '),
      entry.action.padEnd(22),
      entry.target,
      result(entry),
      entry.requestId ? `request id ${entry.requestId}` : '',
    ].join('  '),
    color: entry.result === 'error' ? COLOR.bad : undefined,
  }));
}

/** The audit log, newest first; `r` reads it again. */
export function AuditScreen({ session, height }: AuditScreenProps) {
  const task = useCallback(() => session.readAuditLog(), [session]);
  const log = useAbortable(task);
  const lines = useMemo(() => auditLines(log.value ?? []), [log.value]);
  const bodyHeight = height - 1;
  const { offset, scroll } = useScroll(lines.length, bodyHeight);

  useCommandHandler((command) => {
    if (scroll(command)) return true;
    if (command === 'refresh') log.reload();
    else return false;
    return true;
  });

  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">
        Audit log: every write, newest first (time UTC, action, target, result,
        request id)
      </Text>
      {log.error !== null ? (
        <Text color={COLOR.bad}>
          Could not read the audit log: {log.error.message}
        </Text>
      ) : lines.length === 0 ? (
        <Text dimColor>
          {log.loading ? 'Reading...' : 'No writes recorded yet.'}
        </Text>
      ) : (
        <ScrollView lines={lines} offset={offset} height={bodyHeight} />
      )}
    </Box>
  );
}
