import type { AwsSession } from '../../src/aws/session.js';
import type { Plan, StepOutcome } from '../../src/model/plans.js';
import type {
  Inventory,
  LoadProgress,
  UserDetail,
  UserRecord,
} from '../../src/model/types.js';
import { NOW } from '../fixtures/inventory.js';

/** A promise the test settles by hand, to hold a load open. */
export interface Gate {
  promise: Promise<void>;
  open: () => void;
}

export function makeGate(): Gate {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

export interface FakeSessionOptions {
  inventory: Inventory;
  /** Reported to the progress callback before the inventory resolves. */
  progress?: LoadProgress[];
  /** Held until opened: lets a test see the loading screen. */
  gate?: Gate;
  /** Holds every load after the first: lets a test see a refresh. */
  reloadGate?: Gate;
  /** Rejects loadInventory with this, as src/aws/ would. */
  inventoryError?: Error;
  /** Rejects runPlan with this: a failure outside any one step. */
  runPlanError?: Error;
  /** Rejects loadUserDetail for these user names. */
  detailErrors?: Record<string, Error>;
  label?: string;
}

/** An AwsSession answering from fixture data; counts what it was asked. */
export interface FakeSession extends AwsSession {
  calls: { loadInventory: number; loadUserDetail: string[]; plans: Plan[] };
}

function liveRecord(record: UserRecord): UserRecord {
  return { ...record, source: 'live', asOf: NOW };
}

export function fakeSession(options: FakeSessionOptions): FakeSession {
  const calls = {
    loadInventory: 0,
    loadUserDetail: [] as string[],
    plans: [] as Plan[],
  };
  const find = (userName: string) => {
    const record = options.inventory.users.find(
      (user) => user.userName === userName,
    );
    if (record === undefined) throw new Error(`No user named ${userName}.`);
    return record;
  };

  return {
    calls,
    connection: { label: options.label ?? 'SANDBOX', sandbox: true },

    async loadInventory(onProgress) {
      calls.loadInventory += 1;
      for (const step of options.progress ?? []) onProgress(step);
      await options.gate?.promise;
      if (calls.loadInventory > 1) await options.reloadGate?.promise;
      if (options.inventoryError) throw options.inventoryError;
      return options.inventory;
    },

    async refreshUser(userName) {
      return liveRecord(find(userName));
    },

    async loadUserDetail(userName): Promise<UserDetail> {
      calls.loadUserDetail.push(userName);
      const error = options.detailErrors?.[userName];
      if (error) throw error;

      const record = liveRecord(find(userName));
      return {
        record,
        tags: [{ key: 'team', value: 'platform' }],
        loginProfile: record.passwordEnabled
          ? { createdAt: record.createdAt, passwordResetRequired: false }
          : null,
      };
    },

    // Every step succeeds; the inventory is not changed.
    async runPlan(plan, onStep) {
      calls.plans.push(plan);
      if (options.runPlanError) throw options.runPlanError;
      return plan.steps.map((_, index): StepOutcome => {
        const outcome: StepOutcome = {
          status: 'done',
          requestId: `fake-request-${index + 1}`,
        };
        onStep(index, outcome);
        return outcome;
      });
    },

    async readAuditLog() {
      return [];
    },
  };
}
