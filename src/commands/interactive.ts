import { runApp } from '../app.js';
import { connect } from '../aws/connect.js';
import { sdkSession } from '../aws/sdkSession.js';
import { fileDebugLog, silentLog } from '../debugLog.js';
import { EXIT, failWith } from './exit.js';
import { type ConnectionValues, connectionFlags } from './options.js';

export interface InteractiveValues extends ConnectionValues {
  readOnly?: boolean;
  dryRun?: boolean;
  auditLog?: string;
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

  try {
    const connection = await connect(connectionFlags(values), debugLog);
    await runApp({
      session: sdkSession(connection, {
        auditLogPath: values.auditLog,
        dryRun: values.dryRun ?? false,
      }),
      readOnly: values.readOnly ?? false,
      dryRun: values.dryRun ?? false,
      debugLog,
    });
    connection.clients.destroy();
  } catch (error) {
    failWith(error, debugLog);
  }
}
