import type { ActionTable } from '../action.js';
import { credentialReportCsv } from '../credentialReportCsv.js';
import { IamError } from '../errors.js';
import type { SandboxAccount } from '../state.js';

/** AWS serves a report younger than this instead of making a new one. */
export const REPORT_REUSE_MS = 4 * 60 * 60 * 1000;

/**
 * How long generating takes on the account's clock. A report is also
 * finished once a caller has been told it is not done yet, so clients
 * must poll, yet a test with a stopped clock still gets its report.
 */
export const REPORT_GENERATION_MS = 1500;

/** Finishes the report in progress if its time has come. */
function settle(account: SandboxAccount): void {
  const startedAt = account.credentialReportStartedAt;
  if (!startedAt) return;

  const now = account.clock.now();
  const elapsed = now.getTime() - startedAt.getTime();
  if (elapsed < REPORT_GENERATION_MS && !account.credentialReportPolls) {
    return;
  }

  account.credentialReport = {
    generatedAt: now,
    csv: credentialReportCsv(account),
  };
  account.credentialReportStartedAt = undefined;
  account.credentialReportPolls = undefined;
}

/** Notes that a caller was told to wait, and says whether it must. */
function inProgress(account: SandboxAccount): boolean {
  settle(account);
  if (!account.credentialReportStartedAt) return false;
  account.credentialReportPolls = (account.credentialReportPolls ?? 0) + 1;
  return true;
}

function isFresh(account: SandboxAccount): boolean {
  const report = account.credentialReport;
  if (!report) return false;
  const age = account.clock.now().getTime() - report.generatedAt.getTime();
  return age < REPORT_REUSE_MS;
}

export const credentialReportActions: ActionTable = {
  GenerateCredentialReport: ({ account }) => {
    if (inProgress(account)) return { State: 'INPROGRESS' };
    if (isFresh(account)) return { State: 'COMPLETE' };

    account.credentialReportStartedAt = account.clock.now();
    account.credentialReportPolls = undefined;
    return {
      State: 'STARTED',
      Description: 'No report exists. Starting a new report generation task',
    };
  },

  GetCredentialReport: ({ account }) => {
    if (inProgress(account)) {
      throw new IamError(
        'ReportInProgress',
        'The credential report is still being generated.',
      );
    }
    const report = account.credentialReport;
    if (!report) {
      throw new IamError(
        'ReportNotPresent',
        'The credential report does not exist. To generate a credential ' +
          'report, use GenerateCredentialReport.',
      );
    }

    // Content is a blob: base64 on the wire, bytes in the SDK's hands.
    return {
      Content: Buffer.from(report.csv, 'utf8').toString('base64'),
      ReportFormat: 'text/csv',
      GeneratedTime: report.generatedAt,
    };
  },
};
