import { Command, Option } from 'commander';
import { fileDebugLog, silentLog } from '../debugLog.js';
import { failWith } from './exit.js';
import { type ConnectionValues, withConnectionOptions } from './options.js';

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
const FAIL_ON = ['high', 'medium', 'low', 'none'] as const;

export interface ReportValues extends ConnectionValues {
  format: (typeof FORMATS)[number];
  failOn: (typeof FAIL_ON)[number];
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
    // Loaded on demand: the AWS SDK is the slow part of starting up.
    const { runReport } = await import('./reportRun.js');
    await runReport(values, debugLog).catch((error: unknown) =>
      failWith(error, debugLog),
    );
  });
}
