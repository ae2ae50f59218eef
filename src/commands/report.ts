import { Command, Option } from 'commander';
import { connect } from '../aws/connect.js';
import { explainAwsError } from '../aws/errors.js';
import { loadInventory } from '../aws/inventory.js';
import { type DebugLog, fileDebugLog, silentLog } from '../debugLog.js';
import { evaluateFindings } from '../model/findings.js';
import { exitCodeFor, formatReport } from '../report/index.js';
import { failWith } from './exit.js';
import {
  type ConnectionValues,
  connectionFlags,
  withConnectionOptions,
} from './options.js';

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
const FAIL_ON = ['high', 'medium', 'low', 'none'] as const;

interface ReportValues extends ConnectionValues {
  format: (typeof FORMATS)[number];
  failOn: (typeof FAIL_ON)[number];
}

async function runReport(values: ReportValues, debugLog: DebugLog) {
  const connection = await connect(connectionFlags(values), debugLog);
  try {
    const inventory = await loadInventory(connection.clients, () => {}).catch(
      (error: unknown) => {
        throw explainAwsError(
          error,
          'loading the IAM inventory',
          values.profile,
        );
      },
    );
    const now = new Date();
    const findings = evaluateFindings(inventory, now);
    process.stdout.write(formatReport(inventory, findings, values.format, now));
    process.exitCode = exitCodeFor(findings, values.failOn);
  } finally {
    connection.clients.destroy();
  }
}

/** `mfa-tui report`: the inventory and findings, without a UI. */
export function reportCommand(): Command {
  const command = new Command('report')
    .description('print the IAM inventory and findings; exit 1 on findings')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(FORMATS)
        .default('table'),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 on a finding this severe')
        .choices(FAIL_ON)
        .default('high'),
    );
  return withConnectionOptions(command).action(async (values: ReportValues) => {
    const debugLog = values.debug ? fileDebugLog(values.debug) : silentLog;
    await runReport(values, debugLog).catch((error: unknown) =>
      failWith(error, debugLog),
    );
  });
}
