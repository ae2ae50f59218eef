import { Box, Text } from 'ink';
import type { ConnectionInfo } from '../aws/session.js';
import type { Inventory } from '../model/types.js';
import { SEVERITY_ORDER } from '../model/userRows.js';
import { formatDateTime } from '../ui/format.js';
import type { HeaderStats } from '../ui/headerStats.js';
import { COLOR, SEVERITY_COLOR, SEVERITY_LABEL } from '../ui/theme.js';
import { Bar } from './Bar.js';

export interface HeaderProps {
  readonly connection: ConnectionInfo;
  readonly inventory: Inventory | null;
  readonly stats: HeaderStats | null;
  readonly readOnly: boolean;
  readonly dryRun: boolean;
  readonly selectedCount: number;
}

/** Header lines, fixed so the body's height can be worked out. */
export const HEADER_HEIGHT = 4;

function reportAge(stats: HeaderStats): string {
  if (!stats.report) return '';
  return stats.report.stale
    ? ` (${stats.report.age} old, STALE: open a user to read it live)`
    : ` (${stats.report.age} old)`;
}

function freshness(inventory: Inventory, stats: HeaderStats): string {
  const base =
    inventory.credentialReportGeneratedAt === null
      ? `live, loaded ${formatDateTime(inventory.loadedAt)}`
      : `credential report ${formatDateTime(inventory.credentialReportGeneratedAt)}` +
        reportAge(stats);

  return stats.liveRows > 0 ? `${base} · ${stats.liveRows} live` : base;
}

/** Who, where, how fresh, and the numbers that matter at a glance. */
export function Header(props: HeaderProps) {
  const { inventory, stats } = props;
  const account = inventory?.account;

  return (
    <Box flexDirection="column" height={HEADER_HEIGHT}>
      <Text wrap="truncate-end">
        <Text bold color={COLOR.accent}>
          mfa-tui
        </Text>
        {/* Badges first: a narrow terminal cuts the end of the line. */}
        {props.readOnly ? <Text color={COLOR.warn}> [READ-ONLY]</Text> : ''}
        {props.dryRun ? <Text color={COLOR.warn}> [DRY-RUN]</Text> : ''}
        {'  '}
        <Text bold>{props.connection.label}</Text>
        {account
          ? `  account ${account.id}${account.alias ? ` (${account.alias})` : ''}`
          : ''}
      </Text>
      <Text wrap="truncate-end" dimColor>
        {inventory && stats ? `${freshness(inventory, stats)}  ` : ''}
        {inventory ? `caller ${inventory.caller.arn}` : ''}
      </Text>
      {stats ? <Counts stats={stats} selected={props.selectedCount} /> : null}
      {stats ? (
        <Text wrap="truncate-end">
          <Bar
            label="console users with MFA"
            part={stats.consoleUsersWithMfa}
            whole={stats.consoleUsers}
          />
          {'   '}
          <Bar
            label="access keys < 90 days"
            part={stats.activeKeysYoung}
            whole={stats.activeKeys}
          />
        </Text>
      ) : null}
    </Box>
  );
}

function Counts({ stats, selected }: { stats: HeaderStats; selected: number }) {
  const withoutMfa = stats.consoleUsers - stats.consoleUsersWithMfa;

  return (
    <Text wrap="truncate-end">
      users {stats.users}
      {'  '}console without MFA{' '}
      <Text color={withoutMfa > 0 ? COLOR.bad : COLOR.good}>{withoutMfa}</Text>
      {'  '}findings
      {SEVERITY_ORDER.map((severity) => (
        <Text key={severity} color={SEVERITY_COLOR[severity]}>
          {` ${SEVERITY_LABEL[severity]} ${stats.findings[severity]}`}
        </Text>
      ))}
      {selected > 0 ? `  selected ${selected}` : ''}
    </Text>
  );
}
