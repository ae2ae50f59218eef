import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { Caller } from '../model/types.js';
import { defaultAuditLogPath, fileAuditLog } from './audit.js';
import type { Connection } from './connect.js';
import { explainAwsError } from './errors.js';
import { executePlan } from './executor.js';
import { type LoaderOptions, loadInventory } from './inventory.js';
import { readUserLive } from './liveUser.js';
import type { AwsSession } from './session.js';
import { singleAttemptClient } from './singleAttemptClient.js';

export interface SessionOptions extends LoaderOptions {
  /** `--audit-log PATH`; else the XDG state home's mfa-tui/audit.jsonl. */
  auditLogPath?: string;
  /** `--dry-run`: plans are shown, never sent. */
  dryRun?: boolean;
}

async function explained<T>(
  connection: Connection,
  doing: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainAwsError(error, doing, connection.profile);
  }
}

/** The AwsSession the app uses: every failure comes back as a sentence. */
export function sdkSession(
  connection: Connection,
  options: SessionOptions = {},
): AwsSession {
  const { iam, sts, calls } = connection.clients;
  const iamOnce = singleAttemptClient(iam, calls);
  const audit = fileAuditLog(options.auditLogPath ?? defaultAuditLogPath());

  // Who is acting does not change within a session: asked once, and
  // asked again only if asking failed.
  let caller: Promise<Caller> | undefined;
  const whoAmI = () => {
    caller ??= sts.send(new GetCallerIdentityCommand({})).then(
      (identity) => ({
        arn: identity.Arn ?? '',
        accountId: identity.Account ?? '',
        userId: identity.UserId ?? '',
      }),
      (error: unknown) => {
        caller = undefined;
        throw error;
      },
    );
    return caller;
  };

  return {
    connection: connection.info,
    loadInventory: (onProgress) =>
      explained(connection, 'loading the IAM inventory', () =>
        loadInventory(connection.clients, onProgress, options),
      ),
    refreshUser: (userName, signal) =>
      explained(connection, `re-reading user ${userName}`, async () => {
        return (await readUserLive(iam, userName, signal)).record;
      }),
    loadUserDetail: (userName, signal) =>
      explained(connection, `reading user ${userName}`, () =>
        readUserLive(iam, userName, signal),
      ),
    runPlan: (plan, onStep) =>
      executePlan(plan, onStep, {
        iam,
        iamOnce,
        audit,
        caller: whoAmI,
        dryRun: options.dryRun ?? false,
      }),
    readAuditLog: () => audit.read(),
  };
}
