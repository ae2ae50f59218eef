/**
 * Runs a plan's steps against IAM in order, recording each call in the
 * audit log: the intent before, the outcome after. A step whose intent
 * cannot be recorded is not made. A failed step does not stop the plan:
 * containment should shut every door it can, and the report says which
 * ones it could not.
 */
import { randomUUID } from 'node:crypto';
import type { IAMClient } from '@aws-sdk/client-iam';
import type {
  AuditEntry,
  Plan,
  PlanStep,
  StepOutcome,
} from '../model/plans.js';
import type { Caller } from '../model/types.js';
import type { AuditLog } from './audit.js';
import { explainAwsError } from './errors.js';
import { sendWrite } from './writes.js';

export interface ExecutorOptions {
  /** Retries throttling and server errors: for idempotent steps. */
  iam: IAMClient;
  /** One attempt per call: for steps that are not safe to send twice. */
  iamOnce: IAMClient;
  audit: AuditLog;
  /** Who is acting, for the audit log (GetCallerIdentity, cached). */
  caller: () => Promise<Caller>;
  /**
   * Show, never send. Nothing is written to the audit log either: it
   * records calls made, and a dry run makes none.
   */
  dryRun: boolean;
}

type Failed = Extract<StepOutcome, { status: 'failed' }>;

/** The user the step acts on, or the device for an orphaned one. */
function targetOf(plan: Plan, step: PlanStep): string {
  return (
    step.params.UserName ?? plan.userName ?? step.params.SerialNumber ?? ''
  );
}

function failedCall(error: unknown, step: PlanStep, target: string): Failed {
  const problem = explainAwsError(
    error,
    `calling iam:${step.action} on ${target}`,
  );
  const metadata = (error as { $metadata?: { requestId?: string } }).$metadata;
  return {
    status: 'failed',
    code: problem.code,
    message: problem.message,
    requestId: metadata?.requestId ?? null,
  };
}

function notRecorded(error: unknown, step: PlanStep, path: string): Failed {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return {
    status: 'failed',
    code: 'AuditLogUnwritable',
    message:
      `The audit log ${path} cannot be written (${reason}), so ` +
      `"${step.description}" was not sent. Fix the permissions of that ` +
      'path, or choose another with --audit-log PATH.',
    requestId: null,
  };
}

async function callerOrFailure(
  options: ExecutorOptions,
): Promise<Caller | Failed> {
  try {
    return await options.caller();
  } catch (error) {
    const problem = explainAwsError(
      error,
      'identifying the caller for the audit log (nothing was sent)',
    );
    return {
      status: 'failed',
      code: problem.code,
      message: problem.message,
      requestId: null,
    };
  }
}

async function runStep(
  plan: Plan,
  step: PlanStep,
  entry: Omit<AuditEntry, 'time' | 'phase' | 'action' | 'target' | 'params'>,
  options: ExecutorOptions,
): Promise<StepOutcome> {
  const target = targetOf(plan, step);
  const base = { ...entry, action: step.action, target, params: step.params };

  try {
    await options.audit.append({
      time: new Date().toISOString(),
      phase: 'intent',
      ...base,
    });
  } catch (error) {
    return notRecorded(error, step, options.audit.path);
  }

  const client = step.idempotent ? options.iam : options.iamOnce;
  let outcome: StepOutcome;
  try {
    const { $metadata } = await sendWrite(client, step);
    outcome = { status: 'done', requestId: $metadata.requestId ?? null };
  } catch (error) {
    outcome = failedCall(error, step, target);
  }

  // LIMITATION: if the outcome cannot be written (the disk filled up
  // between the two writes), the log keeps an intent without an outcome;
  // the step's outcome is still reported to the person, and the next
  // step's intent fails the same way, so nothing more is sent.
  await options.audit
    .append({
      time: new Date().toISOString(),
      phase: 'outcome',
      ...base,
      result: outcome.status === 'done' ? 'ok' : 'error',
      ...(outcome.status === 'failed' ? { errorCode: outcome.code } : {}),
      requestId: 'requestId' in outcome ? outcome.requestId : null,
    })
    .catch(() => undefined);
  return outcome;
}

export async function executePlan(
  plan: Plan,
  onStep: (index: number, outcome: StepOutcome) => void,
  options: ExecutorOptions,
): Promise<StepOutcome[]> {
  const report = (index: number, outcome: StepOutcome) => {
    outcomes[index] = outcome;
    onStep(index, outcome);
  };
  const outcomes: StepOutcome[] = plan.steps.map(() => ({
    status: 'pending',
  }));

  if (options.dryRun) {
    plan.steps.forEach((_, index) => report(index, { status: 'dry-run' }));
    return outcomes;
  }

  const caller = await callerOrFailure(options);
  if ('status' in caller) {
    plan.steps.forEach((_, index) => report(index, caller));
    return outcomes;
  }

  const entry = {
    accountId: caller.accountId,
    callerArn: caller.arn,
    runId: randomUUID(),
  };
  for (const [index, step] of plan.steps.entries()) {
    report(index, await runStep(plan, step, entry, options));
  }
  return outcomes;
}
