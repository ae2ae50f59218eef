import { Box, render, useApp, useInput, type Key } from 'ink';
import { useCallback, useEffect, useState } from 'react';
import type { AwsSession } from './aws/session.js';
import { CommandPalette } from './components/CommandPalette.js';
import type { Flash } from './components/FlashLine.js';
import { Footer, FOOTER_HEIGHT } from './components/Footer.js';
import { Header, HEADER_HEIGHT } from './components/Header.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { describeProgress } from './components/LoadingView.js';
import { isTooSmall, TooSmall } from './components/TooSmall.js';
import { errorDetails, silentLog, type DebugLog } from './debugLog.js';
import { useAppData } from './hooks/useAppData.js';
import { CommandContext, useCommandRouter } from './hooks/useCommands.js';
import { useFlash } from './hooks/useFlash.js';
import { useKeyQueue } from './hooks/useKeyQueue.js';
import { useLatest } from './hooks/useLatest.js';
import { useTerminalSize } from './hooks/useTerminalSize.js';
import { useUserList } from './hooks/useUserList.js';
import { commandFor, type CommandId, type KeyContext } from './keys.js';
import type { LoadProgress } from './model/types.js';
import { RouteScreen, type Route } from './screens/RouteScreen.js';
import { USERS_CHROME } from './screens/UsersScreen.js';
import {
  enterFullScreen,
  honourNoColor,
  restoreOnExit,
} from './ui/terminal.js';

export interface AppProps {
  readonly session: AwsSession;
  readonly readOnly: boolean;
  readonly dryRun: boolean;
  /** @default silentLog */
  readonly debugLog?: DebugLog;
  /** What "now" is for ages. @default () => new Date() */
  readonly clock?: () => Date;
}

type Overlay = 'help' | 'palette' | null;

const systemClock = () => new Date();

/** While a new inventory loads over the old one, say what is happening. */
function reloading(
  shown: boolean,
  progress: LoadProgress | null,
): Flash | null {
  return shown && progress !== null
    ? { kind: 'info', text: `Refreshing: ${describeProgress(progress)}` }
    : null;
}

/** The frame: header, the screen on top of the stack, footer. */
export function App(props: AppProps) {
  const { session, debugLog = silentLog } = props;
  const { exit } = useApp();
  const size = useTerminalSize();
  const data = useAppData(session, props.clock ?? systemClock);
  const [stack, setStack] = useState<Route[]>([{ screen: 'users' }]);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const { flash, setFlash, showError } = useFlash(debugLog);
  const router = useCommandRouter();

  // One line is left free: Ink redraws the whole screen, flickering, when
  // its output is as tall as the terminal.
  const bodyHeight = size.rows - 1 - HEADER_HEIGHT - FOOTER_HEIGHT;
  const list = useUserList(data.rows, bodyHeight - USERS_CHROME);
  const route = stack[stack.length - 1] ?? { screen: 'users' };
  const context: KeyContext = {
    screen: route.screen,
    readOnly: props.readOnly,
  };
  const tooSmall = isTooSmall(size);

  useEffect(() => {
    if (data.error !== null) showError(data.error);
  }, [data.error, showError]);

  const run = (command: CommandId) => {
    setFlash(null);

    if (command === 'quit') return exit();
    if (tooSmall) return;
    if (command === 'help' || command === 'palette') return setOverlay(command);
    if (command === 'orphans' || command === 'audit') {
      return setStack((s) => [...s, { screen: command }]);
    }
    if (router.toScreen(command)) return;
    if (command === 'back')
      setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
    if (command === 'refresh' && ['users', 'orphans'].includes(route.screen)) {
      data.reload();
    }
  };

  const onKey = useLatest((input: string, key: Key) => {
    const command = commandFor(input, key, context);

    if (overlay === null && !tooSmall && router.captureKey(input, key)) return;
    if (command === undefined) return;
    if (overlay === null) return run(command);

    // Overlays take their own keys; these close them.
    if (command === 'back' || command === overlay) setOverlay(null);
  });
  useInput(useKeyQueue(onKey));

  const open = useCallback(
    (userName: string) => setStack((s) => [...s, { screen: 'user', userName }]),
    [],
  );

  if (tooSmall) return <TooSmall size={size} />;

  const overlayView = () =>
    overlay === 'help' ? (
      <HelpOverlay context={context} />
    ) : (
      <CommandPalette
        context={context}
        limit={bodyHeight - 3}
        onRun={(command) => {
          setOverlay(null);
          run(command);
        }}
      />
    );

  return (
    <CommandContext.Provider value={router.registry}>
      <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
        <Header
          connection={session.connection}
          inventory={data.inventory}
          stats={data.stats}
          readOnly={props.readOnly}
          dryRun={props.dryRun}
          selectedCount={list.state.selected.size}
        />
        <Box flexDirection="column" height={bodyHeight}>
          {overlay === null ? null : overlayView()}
          {/* Hidden, not unmounted: the screen keeps its state and still
              takes the command the palette runs as it closes. */}
          <Box
            flexDirection="column"
            display={overlay === null ? 'flex' : 'none'}
          >
            <RouteScreen
              route={route}
              session={session}
              data={data}
              list={list}
              width={size.columns}
              height={bodyHeight}
              dryRun={props.dryRun}
              onOpen={open}
              onFlash={setFlash}
              onError={showError}
            />
          </Box>
        </Box>
        <Footer
          context={context}
          flash={flash ?? reloading(data.inventory !== null, data.progress)}
        />
      </Box>
    </CommandContext.Provider>
  );
}

export interface RunAppOptions extends AppProps {
  /** @default process.stdin */
  readonly stdin?: NodeJS.ReadStream;
  /** @default process.stdout */
  readonly stdout?: NodeJS.WriteStream;
  /**
   * Route stray console output (a library's warning) through Ink, so it
   * cannot tear the screen. @default true
   */
  readonly patchConsole?: boolean;
}

/**
 * Runs the app full screen in the alternate buffer until the person
 * quits, and gives the terminal back as it was on quit, Ctrl-C, a signal
 * or a crash.
 */
export async function runApp(options: RunAppOptions): Promise<void> {
  const {
    stdin = process.stdin,
    stdout = process.stdout,
    patchConsole = true,
    ...props
  } = options;
  const log = props.debugLog ?? silentLog;

  honourNoColor(process.env);
  const restore = enterFullScreen(stdout);
  const uninstall = restoreOnExit(restore, (error) =>
    log.write({ event: 'crash', ...errorDetails(error) }),
  );

  try {
    const instance = render(<App {...props} />, {
      stdin,
      stdout,
      exitOnCtrlC: true,
      patchConsole,
    });
    await instance.waitUntilExit();
  } catch (error) {
    log.write({ event: 'crash', ...errorDetails(error) });
    throw error;
  } finally {
    uninstall();
    restore();
  }
}
