import type { AuditEntry, Plan, StepOutcome } from '../model/plans.js';
import type {
  Inventory,
  LoadProgress,
  UserDetail,
  UserRecord,
} from '../model/types.js';

/** Where the app's data comes from, shown in the header. */
export interface ConnectionInfo {
  /** "SANDBOX", "profile prod / eu-west-1", or the endpoint URL. */
  label: string;
  sandbox: boolean;
}

/**
 * Everything the UI may ask of AWS. src/aws/ implements it with the SDK;
 * UI tests implement it with fixtures.
 */
export interface AwsSession {
  connection: ConnectionInfo;
  loadInventory(
    onProgress: (progress: LoadProgress) => void,
    signal?: AbortSignal,
  ): Promise<Inventory>;
  /** Re-reads one user live: the row that replaces its inventory row. */
  refreshUser(userName: string, signal?: AbortSignal): Promise<UserRecord>;
  loadUserDetail(userName: string, signal?: AbortSignal): Promise<UserDetail>;
  /**
   * Runs a plan's steps in order, reporting each outcome as it lands,
   * and records every call in the audit log (intent before, outcome
   * after). Under dry-run, every step is reported 'dry-run' and nothing
   * is sent. A step whose intent cannot be recorded is not made.
   */
  runPlan(
    plan: Plan,
    onStep: (index: number, outcome: StepOutcome) => void,
  ): Promise<StepOutcome[]>;
  /** The audit log, oldest first. */
  readAuditLog(): Promise<AuditEntry[]>;
}
