import { Box, Text } from 'ink';
import Link from 'ink-link';
import { useEffect, useMemo, useState } from 'react';
import type { AwsSession } from '../aws/session.js';
import { ScrollView, scrollViewLines } from '../components/ScrollView.js';
import { useCommandHandler } from '../hooks/useCommands.js';
import { useUserDetail } from '../hooks/useUserDetail.js';
import type { Finding, UserRecord } from '../model/types.js';
import { scrollFor } from '../ui/scroll.js';
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
}

/** One user, re-read live on open and on `r`. */
export function UserScreen(props: UserScreenProps) {
  const { session, userName, onRecord, onError } = props;
  const detail = useUserDetail(session, userName);
  const [offset, setOffset] = useState(0);
  const [showLink, setShowLink] = useState(false);
  const lines = useMemo(
    () =>
      detail.value === null
        ? []
        : userDetailLines(detail.value, props.findings, props.now),
    [detail.value, props.findings, props.now],
  );
  const bodyHeight = props.height - (showLink ? 2 : 1);

  useEffect(() => {
    if (detail.value !== null) onRecord(detail.value.record);
  }, [detail.value, onRecord]);

  useEffect(() => {
    if (detail.error !== null) onError(detail.error);
  }, [detail.error, onError]);

  useCommandHandler((command) => {
    const next = scrollFor(
      command,
      offset,
      lines.length,
      scrollViewLines(bodyHeight),
    );

    if (next !== null) setOffset(next);
    else if (command === 'refresh') detail.reload();
    else if (command === 'consoleLink') setShowLink((shown) => !shown);
    else return false;
    return true;
  });

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
      {detail.value === null ? (
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
