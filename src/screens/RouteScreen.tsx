import type { AwsSession } from '../aws/session.js';
import type { Flash } from '../components/FlashLine.js';
import { LoadingView } from '../components/LoadingView.js';
import type { AppData } from '../hooks/useAppData.js';
import type { UserList } from '../hooks/useUserList.js';
import { AuditScreen } from './AuditScreen.js';
import { OrphansScreen } from './OrphansScreen.js';
import { UserScreen } from './UserScreen.js';
import { UsersScreen } from './UsersScreen.js';

/** A screen on the app's stack. */
export type Route =
  | { screen: 'users' | 'orphans' | 'audit' }
  | { screen: 'user'; userName: string };

export interface RouteScreenProps {
  readonly route: Route;
  readonly session: AwsSession;
  readonly data: AppData;
  readonly list: UserList;
  readonly width: number;
  readonly height: number;
  readonly dryRun: boolean;
  readonly onOpen: (userName: string) => void;
  readonly onFlash: (flash: Flash) => void;
  readonly onError: (error: Error) => void;
}

/** The screen a route names, or the loading view until there is data. */
export function RouteScreen(props: RouteScreenProps) {
  const { route, session, data, width, height } = props;
  const { inventory } = data;

  if (inventory === null) {
    return (
      <LoadingView
        source={session.connection.label}
        progress={data.progress}
        error={data.error}
      />
    );
  }

  const acting = {
    session,
    dryRun: props.dryRun,
    callerArn: inventory.caller.arn,
    onFlash: props.onFlash,
    onError: props.onError,
  };
  switch (route.screen) {
    case 'audit':
      return <AuditScreen session={session} height={height} />;
    case 'orphans':
      return (
        <OrphansScreen
          {...acting}
          devices={inventory.orphanedVirtualMfaDevices}
          width={width}
          height={height}
          onChanged={data.reload}
        />
      );
    case 'user': {
      const row = data.rows.find((r) => r.userName === route.userName);
      return (
        <UserScreen
          {...acting}
          key={route.userName}
          userName={route.userName}
          findings={row?.findings ?? []}
          height={height}
          now={data.now}
          onRecord={data.replaceUser}
        />
      );
    }
    default:
      return (
        <UsersScreen
          {...acting}
          list={props.list}
          total={data.rows.length}
          width={width}
          height={height}
          now={data.now}
          onOpen={props.onOpen}
          onRecord={data.replaceUser}
        />
      );
  }
}
