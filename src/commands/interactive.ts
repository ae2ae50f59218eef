import { connectionLabel } from '../aws/connectionLabel.js';
import { deferredSession } from '../aws/deferredSession.js';
import type { AwsSession } from '../aws/session.js';
import { type DebugLog, fileDebugLog, silentLog } from '../debugLog.js';
import { showStartingFrame } from '../ui/terminal.js';
import { EXIT, failWith } from './exit.js';
import { type ConnectionValues, connectionFlags } from './options.js';

export interface InteractiveValues extends ConnectionValues {
  readOnly?: boolean;
  dryRun?: boolean;
  auditLog?: string;
}

/** Loads the AWS SDK and connects: the slow part of starting up. */
async function openSdkSession(
  values: InteractiveValues,
  debugLog: DebugLog,
  onConnected: (destroy: () => void) => void,
): Promise<AwsSession> {
  const { connect } = await import('../aws/connect.js');
  const { sdkSession } = await import('../aws/sdkSession.js');
  const connection = await connect(connectionFlags(values), debugLog);
  onConnected(() => connection.clients.destroy());
  return sdkSession(connection, {
    auditLogPath: values.auditLog,
    dryRun: values.dryRun ?? false,
  });
}

/** `mfa-tui`: the full-screen app, which needs a terminal. */
export async function runInteractive(values: InteractiveValues) {
  const debugLog = values.debug ? fileDebugLog(values.debug) : silentLog;
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    process.stderr.write(
      'mfa-tui: the app needs a terminal. To print the inventory to a ' +
        'pipe or a file, use `mfa-tui report --format json` (or table, ' +
        'csv, markdown).\n',
    );
    process.exitCode = EXIT.error;
    return;
  }

  // Ink draws nothing but the last frame when it believes it runs in CI;
  // here it runs on a terminal, checked above, whatever CI says.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;

  let disconnect = () => {};
  const leaveStartingFrame = showStartingFrame(process.stdout);
  try {
    // The app draws its first frame while the SDK loads behind it.
    const { runApp } = await import('../app.js');
    const flags = connectionFlags(values);
    const session = deferredSession(
      { label: connectionLabel(flags), sandbox: Boolean(flags.sandbox) },
      () =>
        openSdkSession(values, debugLog, (destroy) => {
          disconnect = destroy;
        }),
    );
    await runApp({
      session,
      readOnly: values.readOnly ?? false,
      dryRun: values.dryRun ?? false,
      debugLog,
    });
  } catch (error) {
    leaveStartingFrame();
    failWith(error, debugLog);
  } finally {
    disconnect();
  }
}
