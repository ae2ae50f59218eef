import { useCallback, useRef, useState } from 'react';
import { readAfterWrite } from '../aws/consistency.js';
import type { AwsSession } from '../aws/session.js';
import type { Flash } from '../components/FlashLine.js';
import { summarizeRun } from '../components/planSummary.js';
import type { CommandId } from '../keys.js';
import type { Plan } from '../model/plans.js';
import type { UserDetail, VirtualMfaDevice } from '../model/types.js';
import { deleteOrphanedMfaDevicePlan } from '../model/planBuilders.js';
import {
  accept,
  confirming,
  IDLE,
  started,
  withOutcome,
  type ActionFlow,
  type PlanRun,
} from './actionFlow.js';
import { actionInput } from './actionInput.js';
import type { KeyCapture } from './useCommands.js';
import { USER_ACTIONS, type UserActionId } from './userActions.js';
import { plansLeft } from './plansLeft.js';
import { readForPlans } from './readForPlans.js';

const SCROLL_COMMANDS: Partial<Record<CommandId, number>> = {
  up: -1,
  down: 1,
  pageUp: -10,
  pageDown: 10,
};

const isNonEmpty = <T>(items: readonly T[]): items is readonly [T, ...T[]] =>
  items.length > 0;

export interface ActionOptions {
  readonly session: AwsSession;
  readonly dryRun: boolean;
  /** Who is acting: a plan on this user's ARN warns of a lock-out. */
  readonly callerArn: string;
  /** A user was re-read live after a write. */
  readonly onUserRead: (detail: UserDetail) => void;
  /** An orphaned device was deleted: the device list is stale. */
  readonly onOrphansChanged?: () => void;
  readonly onFlash: (flash: Flash) => void;
  readonly onError: (error: Error) => void;
}

export interface Action {
  flow: ActionFlow;
  /** How far a plan taller than the screen is scrolled. */
  offset: number;
  /** Starts one of the user screen's actions on `userName`. */
  startForUser: (command: UserActionId, userName: string) => void;
  /** Contains each user, with a plan built from a live read of each. */
  startContain: (userNames: readonly string[]) => void;
  startOrphan: (device: VirtualMfaDevice) => void;
  /** The target picker's cursor is on `value`; Enter picks it. */
  highlight: (value: string) => void;
  /** Keys for the dialog while it has the keyboard. */
  capture: KeyCapture;
  /** `back` closes the outcome, `retry` retries what is left. */
  handleCommand: (command: CommandId) => boolean;
}

/**
 * Runs an incident action: a live read, a pick, a confirmation, the
 * plan's steps with their outcomes, then a live re-read of every user it
 * touched. The state lives in a ref as well: keys may arrive faster than
 * frames.
 */
export function useAction(options: ActionOptions): Action {
  const latest = useRef(options);
  latest.current = options;
  const current = useRef<ActionFlow>(IDLE);
  const [flow, setFlowState] = useState<ActionFlow>(IDLE);
  const picked = useRef<(value: string) => void>(() => {});
  const highlighted = useRef('');
  const lastRun = useRef<PlanRun | null>(null);
  // A newer start makes an older read's answer moot.
  const generation = useRef(0);

  const [offset, setOffset] = useState(0);

  const setFlow = useCallback((next: ActionFlow) => {
    // A new dialog or run starts at its top.
    if (next.phase !== current.current.phase) setOffset(0);
    current.current = next;
    setFlowState(next);
  }, []);
  const scroll = (lines: number) =>
    setOffset((from) => Math.max(0, from + lines));

  /** Each user a run touched, read live once AWS shows the run's effect. */
  const reread = async (run: PlanRun) => {
    const { session, onUserRead, onOrphansChanged, onError } = latest.current;

    if (run.plans.some((plan) => plan.userName === null)) onOrphansChanged?.();
    await Promise.all(
      run.plans.map((plan, index) => {
        const { userName } = plan;
        if (userName === null) return undefined;
        return readAfterWrite(plan, run.outcomes[index] ?? [], () =>
          session.loadUserDetail(userName),
        ).then(({ detail }) => onUserRead(detail), onError);
      }),
    );
  };

  const run = async (plans: readonly Plan[], notes: readonly string[]) => {
    const { session, dryRun, onFlash } = latest.current;
    let state: PlanRun = started(plans, notes);
    setFlow({ ...state, phase: 'running' });

    for (const [i, plan] of plans.entries()) {
      await session.runPlan(plan, (j, outcome) => {
        state = withOutcome(state, i, j, outcome);
        setFlow({ ...state, phase: 'running' });
      });
    }

    lastRun.current = state;
    setFlow({ ...state, phase: 'finished' });
    onFlash(summarizeRun(state));
    if (!dryRun) await reread(state);
  };

  /** Reads live, then goes on with what was read unless overtaken. */
  const afterReading = <T>(text: string, read: () => Promise<T>) => {
    const mine = ++generation.current;
    setFlow({ phase: 'reading', text });

    return (then: (value: T) => void) =>
      read().then(
        (value) => {
          if (generation.current === mine) then(value);
        },
        (error: unknown) => {
          if (generation.current !== mine) return;
          setFlow(IDLE);
          latest.current.onError(error as Error);
        },
      );
  };

  const startForUser = (command: UserActionId, userName: string) => {
    const { session, callerArn, onFlash } = latest.current;
    const action = USER_ACTIONS[command];

    afterReading(`Reading ${userName} live from AWS...`, () =>
      session.refreshUser(userName),
    )((user) => {
      const locksOut = user.arn === callerArn;
      const confirmFor = (target: string) =>
        setFlow(confirming([action.plan(user, target)], locksOut));
      const choices = action.targets?.(user) ?? null;

      if (choices === null) return guard(() => confirmFor(''));
      if (!isNonEmpty(choices)) {
        setFlow(IDLE);
        return onFlash({
          kind: 'error',
          text: `${userName} has no ${action.what}.`,
        });
      }
      const [first] = choices;
      if (choices.length === 1) return guard(() => confirmFor(first.value));
      picked.current = (value) => guard(() => confirmFor(value));
      highlighted.current = first.value;
      setFlow({ phase: 'picking', title: `Pick the ${action.what}`, choices });
    });
  };

  /** A plan builder's refusal is said, not thrown. */
  const guard = (work: () => void) => {
    try {
      work();
    } catch (error) {
      setFlow(IDLE);
      latest.current.onError(error as Error);
    }
  };

  const startContain = (userNames: readonly string[]) => {
    const { session, callerArn } = latest.current;

    afterReading(`Reading ${userNames.length} users live from AWS...`, () =>
      readForPlans(session, userNames),
    )(({ records, notes }) =>
      guard(() => {
        const { containUser } = USER_ACTIONS;
        const plans = records.map((user) => containUser.plan(user));
        if (plans.length === 0) throw new Error(notes.join(' '));
        const locksOut = records.some((user) => user.arn === callerArn);
        setFlow(confirming(plans, locksOut, notes));
      }),
    );
  };

  const startOrphan = (device: VirtualMfaDevice) => {
    generation.current += 1;
    setFlow(confirming([deleteOrphanedMfaDevicePlan(device)], false));
  };

  const retry = () => {
    const last = lastRun.current;
    const { session, callerArn, onFlash } = latest.current;
    if (last === null) return false;

    afterReading('Re-reading live to see what is left...', () =>
      plansLeft(session, last),
    )(({ plans, users }) => {
      const locksOut = users.some((user) => user.arn === callerArn);

      if (plans.length > 0) return setFlow(confirming(plans, locksOut));
      setFlow(IDLE);
      onFlash({
        kind: 'info',
        text: 'AWS shows every step done: nothing left to retry',
      });
    });
    return true;
  };

  const handleCommand = (command: CommandId) => {
    const { phase } = current.current;
    const lines = SCROLL_COMMANDS[command];

    if (command === 'retry') return retry();
    if (phase === 'finished' && lines !== undefined) {
      scroll(lines);
      return true;
    }
    if (command === 'back' && phase === 'finished') {
      setFlow(IDLE);
      return true;
    }
    return false;
  };

  const capture = actionInput({
    flow: () => current.current,
    setFlow,
    cancel: () => {
      generation.current += 1;
      setFlow(IDLE);
    },
    accept: (confirm) => {
      const next = accept(confirm);
      if (next === 'run') {
        // The session explains every AWS failure per step; anything else
        // is said too, never left to end the app.
        run(confirm.plans, confirm.notes).catch((error: unknown) => {
          setFlow(IDLE);
          latest.current.onError(error as Error);
        });
      } else if (next !== null) setFlow({ phase: 'confirming', confirm: next });
    },
    pick: () => picked.current(highlighted.current),
    scroll,
  });

  return {
    flow,
    offset,
    startForUser,
    startContain,
    startOrphan,
    highlight: (value) => {
      highlighted.current = value;
    },
    capture,
    handleCommand,
  };
}
