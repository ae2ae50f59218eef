import { Box, Text } from 'ink';
import Link from 'ink-link';
import { useEffect, useMemo, useState } from 'react';
import type { AwsSession } from '../aws/session.js';
import { ActionPanel } from '../components/ActionPanel.js';
import type { Flash } from '../components/FlashLine.js';
import { ScrollView } from '../components/ScrollView.js';
import { useAction } from '../hooks/useAction.js';
import { useCommandHandler } from '../hooks/useCommands.js';
import { isUserAction } from '../hooks/userActions.js';
import { useScroll } from '../hooks/useScroll.js';
import { useUserDetail } from '../hooks/useUserDetail.js';
import type { Finding, UserRecord } from '../model/types.js';
import { consoleUrl, userDetailLines } from '../ui/userDetailLines.js';

export interface UserScreenProps {
  readonly session: AwsSession;
  readonly userName: string;
  /** This user's findings, kept current by the app as rows change. */
  readonly findings: readonly Finding[];
  readonly height: number;
  readonly now: Date;
  /** A live re-read succeeded: its record replaces the user's row. */
  readonly onRecord: (record: UserRecord) => void;
  readonly onError: (error: Error) => void;
  readonly onFlash: (flash: Flash) => void;
  readonly dryRun: boolean;
  /** The signed-in caller: acting on this user warns of a lock-out. */
  readonly callerArn: string;
}

/** One user, re-read live on open, on `r` and after every action. */
export function UserScreen(props: UserScreenProps) {
  const { session, userName, onRecord, onError } = props;
  const detail = useUserDetail(session, userName);
  const action = useAction({
    session,
    dryRun: props.dryRun,
    callerArn: props.callerArn,
    onUserRead: (fresh) => detail.setValue(() => fresh),
    onFlash: props.onFlash,
    onError,
  });
  const [showLink, setShowLink] = useState(false);
  const lines = useMemo(
    () =>
      detail.value === null
        ? []
        : userDetailLines(detail.value, props.findings, props.now),
    [detail.value, props.findings, props.now],
  );
  const bodyHeight = props.height - (showLink ? 2 : 1);
  const { offset, scroll } = useScroll(lines.length, bodyHeight);

  useEffect(() => {
    if (detail.value !== null) onRecord(detail.value.record);
  }, [detail.value, onRecord]);

  useEffect(() => {
    if (detail.error !== null) onError(detail.error);
  }, [detail.error, onError]);

  useCommandHandler((command) => {
    if (action.handleCommand(command)) return true;
    if (isUserAction(command)) action.startForUser(command, userName);
    else if (scroll(command)) return true;
    else if (command === 'refresh') detail.reload();
    else if (command === 'consoleLink') setShowLink((shown) => !shown);
    else return false;
    return true;
  }, action.capture);

  return (
    <Box flexDirection="column" height={props.height}>
      <Text bold wrap="truncate-end">
        user {userName}
        {detail.loading ? '  (reading live from AWS...)' : ''}
      </Text>
      {showLink ? (
        <Text wrap="truncate-end">
          AWS console: <Link url={consoleUrl(userName)}>{userName}</Link>
        </Text>
      ) : null}
      {action.flow.phase !== 'idle' ? (
        <ActionPanel
          flow={action.flow}
          dryRun={props.dryRun}
          height={bodyHeight}
          onHighlight={action.highlight}
          offset={action.offset}
        />
      ) : detail.value === null ? (
        <Text dimColor>
          {detail.error === null
            ? `Reading ${userName} live...`
            : `Could not read ${userName}. r tries again, Esc goes back.`}
        </Text>
      ) : (
        <ScrollView lines={lines} offset={offset} height={bodyHeight} />
      )}
    </Box>
  );
}
