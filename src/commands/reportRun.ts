import { connect } from '../aws/connect.js';
import { explainAwsError } from '../aws/errors.js';
import { loadInventory } from '../aws/inventory.js';
import type { DebugLog } from '../debugLog.js';
import { evaluateFindings } from '../model/findings.js';
import { exitCodeFor, formatReport } from '../report/index.js';
import type { ReportValues } from './report.js';
import { connectionFlags } from './options.js';

/** Loads the inventory, prints it in the format asked, sets the exit code. */
export async function runReport(values: ReportValues, debugLog: DebugLog) {
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
