/**
 * Write plans: every change mfa-tui makes to AWS is first a Plan, a list
 * of the exact AWS calls it will make. The admin sees the plan before it
 * runs (and only the plan under --dry-run); the executor in src/aws/
 * runs it step by step and reports each step's outcome. Pure data.
 */

/** The IAM write actions mfa-tui makes, in AWS's names. */
export type WriteAction =
  | 'DeactivateMFADevice'
  | 'DeleteVirtualMFADevice'
  | 'UpdateAccessKey'
  | 'DeleteAccessKey'
  | 'DeleteLoginProfile'
  | 'PutUserPolicy';

export type PlanKind =
  | 'deactivate-mfa-device'
  | 'remove-virtual-mfa-device'
  | 'delete-orphaned-mfa-device'
  | 'deactivate-access-key'
  | 'activate-access-key'
  | 'delete-access-key'
  | 'remove-console-access'
  | 'contain-user';

export interface PlanStep {
  action: WriteAction;
  /** The request parameters in AWS's names; never a secret. */
  params: Readonly<Record<string, string>>;
  /** The effect for a person: "deactivate access key AKIA…WXYZ". */
  description: string;
  /** Can an admin undo it alone (reactivate, delete the policy)? */
  reversible: boolean;
  /** Safe to send twice: only idempotent steps are ever retried. */
  idempotent: boolean;
}

export interface Plan {
  kind: PlanKind;
  /** "Contain user alice". */
  title: string;
  /** The user it acts on; null for an orphaned virtual MFA device. */
  userName: string | null;
  steps: readonly PlanStep[];
}

export type StepOutcome =
  | { status: 'pending' }
  | { status: 'done'; requestId: string | null }
  | {
      status: 'failed';
      code: string;
      /** What happened, why, what to do: a sentence for a person. */
      message: string;
      requestId: string | null;
    }
  /** Under --dry-run: shown, never sent. */
  | { status: 'dry-run' };

/** One entry of the audit log: an intent before a call, an outcome after. */
export interface AuditEntry {
  time: string;
  phase: 'intent' | 'outcome';
  accountId: string;
  callerArn: string;
  /** Groups the entries of one plan run. */
  runId: string;
  action: WriteAction;
  /** The user name, or the device serial for an orphaned device. */
  target: string;
  params: Readonly<Record<string, string>>;
  /** Outcome entries only. */
  result?: 'ok' | 'error';
  errorCode?: string;
  requestId?: string | null;
}

/**
 * True when some step cannot be undone by an admin alone (a delete, or
 * deactivating an MFA device): the UI then asks for the user name typed.
 */
export function planIsIrreversible(plan: Plan): boolean {
  return plan.steps.some((step) => !step.reversible);
}
