import type { VirtualMFADevice } from '@aws-sdk/client-iam';
import { parseCredentialReport } from '../model/credentialReport.js';
import type { Inventory, LoadProgress, UserRecord } from '../model/types.js';
import { type AccountFacts, loadAccountFacts } from './account.js';
import type { AwsClients } from './clients.js';
import {
  type FetchedCredentialReport,
  fetchCredentialReport,
  type PollOptions,
} from './credentialReport.js';
import { hasCode } from './errors.js';
import {
  listUserDetails,
  listUsers,
  listVirtualMfaDevices,
} from './listings.js';
import { readUserLive } from './liveUser.js';
import { mapWithConcurrency } from './pool.js';
import { recordFromReport, virtualDevicesByUser } from './reportRows.js';

export interface LoaderOptions {
  /** Per-user calls in flight at once, in the fallback. */
  concurrency?: number;
  poll?: PollOptions;
}

type Progress = (progress: LoadProgress) => void;

/**
 * Errors after which the per-user fallback still gives a full answer:
 * the call is denied, or the IAM implementation (an emulator, an older
 * compatible service) does not have it.
 */
const FALLBACK_CODES = [
  'AccessDenied',
  'ReportInProgress',
  'ReportNotPresent',
  'ReportExpired',
  'ServiceFailure',
  'InvalidAction',
  'NotImplemented',
  'InternalFailure',
];

/** Resolves to null when the credential report path must be given up. */
async function orFallback<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (hasCode(error, ...FALLBACK_CODES)) return null;
    throw error;
  }
}

async function readLive(
  clients: AwsClients,
  userNames: readonly string[],
  concurrency: number,
  onProgress: Progress,
): Promise<UserRecord[]> {
  const total = userNames.length;
  onProgress({ step: 'reading users one by one', done: 0, total });
  return mapWithConcurrency(
    userNames,
    concurrency,
    async (name) => (await readUserLive(clients.iam, name)).record,
    (done) => onProgress({ step: 'reading users one by one', done, total }),
  );
}

async function usersFromReport(
  clients: AwsClients,
  report: FetchedCredentialReport,
  details: Awaited<ReturnType<typeof listUserDetails>>,
  virtual: VirtualMFADevice[] | null,
  options: Required<Pick<LoaderOptions, 'concurrency'>>,
  onProgress: Progress,
): Promise<UserRecord[]> {
  const rows = new Map(
    parseCredentialReport(report.csv).users.map((row) => [row.user, row]),
  );
  const byUser = virtual ? virtualDevicesByUser(virtual) : null;
  const fromReport: UserRecord[] = [];
  const newerThanReport: string[] = [];
  for (const detail of details) {
    const row = rows.get(detail.UserName ?? '');
    if (row) {
      fromReport.push(
        recordFromReport(detail, row, report.generatedAt, byUser),
      );
    } else {
      newerThanReport.push(detail.UserName ?? '');
    }
  }

  // Users created after the report was generated are not in it.
  const live = await readLive(
    clients,
    newerThanReport,
    options.concurrency,
    onProgress,
  );
  return [...fromReport, ...live];
}

function rootHardwareMfa(
  facts: AccountFacts,
  virtual: VirtualMFADevice[] | null,
): boolean | null {
  if (virtual === null) return null;
  if (!facts.rootMfaEnabled) return false;
  return !virtual.some((device) => device.User?.Arn?.endsWith(':root'));
}

/**
 * Loads every user's console, MFA and access-key state, plus the root
 * and password-policy state, in a number of calls that does not grow
 * with the number of users. Where the credential report or the
 * authorization details are denied, falls back to per-user calls.
 */
export async function loadInventory(
  clients: AwsClients,
  onProgress: Progress,
  options: LoaderOptions = {},
): Promise<Inventory> {
  const concurrency = options.concurrency ?? 8;
  onProgress({ step: 'reading the account' });
  const [facts, virtual, report, details] = await Promise.all([
    loadAccountFacts(clients.iam, clients.sts),
    orFallback(listVirtualMfaDevices(clients.iam)),
    orFallback(fetchCredentialReport(clients.iam, onProgress, options.poll)),
    orFallback(listUserDetails(clients.iam, onProgress)),
  ]);

  const users =
    report && details
      ? await usersFromReport(
          clients,
          report,
          details,
          virtual,
          { concurrency },
          onProgress,
        )
      : await readLive(
          clients,
          (await listUsers(clients.iam)).map((user) => user.UserName ?? ''),
          concurrency,
          onProgress,
        );

  return {
    account: {
      id: facts.caller.accountId,
      alias: facts.alias,
      rootMfaEnabled: facts.rootMfaEnabled,
      rootHardwareMfa: rootHardwareMfa(facts, virtual),
      rootAccessKeysPresent: facts.rootAccessKeysPresent,
      passwordPolicy: facts.passwordPolicy,
    },
    caller: facts.caller,
    users: users.sort((a, b) => a.userName.localeCompare(b.userName)),
    orphanedVirtualMfaDevices: (virtual ?? [])
      .filter((device) => !device.User)
      .map((device) => ({
        serialNumber: device.SerialNumber ?? '',
        createdAt: null,
      })),
    loadedAt: new Date(),
    source: report && details ? 'credential-report' : 'per-user',
    credentialReportGeneratedAt: report && details ? report.generatedAt : null,
  };
}
