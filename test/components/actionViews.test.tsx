import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmDialog } from '../../src/components/ConfirmDialog.js';
import { summarizeRun } from '../../src/components/planSummary.js';
import { PlanView } from '../../src/components/PlanView.js';
import {
  confirming,
  started,
  withOutcome,
} from '../../src/hooks/actionFlow.js';
import { bindingsFor, KEY_TABLE, type ScreenId } from '../../src/keys.js';
import { containUserPlan } from '../../src/model/planBuilders.js';
import type { StepOutcome } from '../../src/model/plans.js';
import { makeAccessKey, makeConsoleUser } from '../fixtures/inventory.js';

const alice = makeConsoleUser({
  userName: 'alice',
  source: 'live',
  accessKeys: [makeAccessKey({ accessKeyId: 'AKIAALICE00000000001' })],
});
const plan = containUserPlan(alice);

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((unmount) => unmount()));

function frameOf(node: Parameters<typeof render>[0]): string {
  const rendered = render(node);
  cleanups.push(rendered.unmount);
  return rendered.lastFrame() ?? '';
}

function runWith(outcomes: StepOutcome[]) {
  return outcomes.reduce(
    (run, outcome, i) => withOutcome(run, 0, i, outcome),
    started([plan], []),
  );
}

describe('the confirmation', () => {
  it('names the user and the effect, and marks each call', () => {
    const flow = confirming([plan], false);
    if (flow.phase !== 'confirming') throw new Error('not confirming');
    const frame = frameOf(
      <ConfirmDialog confirm={flow.confirm} dryRun={false} height={30} />,
    );

    expect(frame).toContain('Contain user alice?');
    expect(frame).toContain(`It makes ${plan.steps.length} AWS calls`);
    // The mark comes first, so even a cut line keeps it.
    expect(frame).toContain('1. iam:PutUserPolicy (reversible)');
    expect(frame).toContain('iam:DeleteLoginProfile (NOT reversible)');
    expect(frame).toContain('Type alice to confirm');
    expect(frame).not.toContain('DRY RUN');
  });

  it('scrolls a plan taller than its view, and says where it is', () => {
    const plans = [plan, plan, plan];
    const total = 3 * (plan.steps.length + 1);

    expect(frameOf(<PlanView plans={plans} height={5} />)).toContain(
      `lines 1-4 of ${total}, ↑↓ scroll`,
    );
    const end = frameOf(<PlanView plans={plans} height={5} offset={99} />);
    expect(end).toContain(`lines ${total - 3}-${total} of ${total}`);
    expect(end).toMatch(/iam:DeleteLoginProfile/);
  });
});

describe('the flash line after a run', () => {
  const done = (id: string): StepOutcome => ({ status: 'done', requestId: id });

  it('sums up a run where every step was done', () => {
    const run = runWith(plan.steps.map((_, i) => done(`r-${i}`)));
    const total = plan.steps.length;

    expect(summarizeRun(run)).toEqual({
      kind: 'info',
      text: `Contained user alice: ${total} of ${total} steps done`,
    });
  });

  it('counts failures and says how to retry', () => {
    const failed: StepOutcome = {
      status: 'failed',
      code: 'ServiceFailure',
      message: 'ServiceFailure while calling iam:DeleteLoginProfile.',
      requestId: null,
    };
    const run = runWith(plan.steps.map((_, i) => (i < 2 ? failed : done('r'))));

    expect(summarizeRun(run)).toEqual({
      kind: 'error',
      text:
        `Contain user alice: 2 of ${plan.steps.length} steps failed: ` +
        'press R to retry what is left',
    });
  });

  it('names the users a bulk run did not finish', () => {
    const bobPlan = containUserPlan(
      makeConsoleUser({ userName: 'bob', source: 'live' }),
    );
    const failed: StepOutcome = {
      status: 'failed',
      code: 'AccessDenied',
      message: 'AccessDenied while calling iam:PutUserPolicy on bob.',
      requestId: null,
    };
    const run = withOutcome(
      plan.steps.reduce(
        (r, _, i) => withOutcome(r, 0, i, done(`r-${i}`)),
        started([plan, bobPlan], []),
      ),
      1,
      0,
      failed,
    );

    expect(summarizeRun(run).text).toMatch(
      /^Not finished for bob: \d+ of \d+ steps failed: press R/,
    );
  });

  it('says a dry run made no calls', () => {
    const run = runWith(plan.steps.map(() => ({ status: 'dry-run' })));

    expect(summarizeRun(run).text).toBe(
      `DRY RUN: ${plan.steps.length} AWS calls shown, none made`,
    );
  });
});

describe('the action keys in the key table', () => {
  const SCREENS: ScreenId[] = ['users', 'user', 'orphans', 'audit'];

  it('marks every action dangerous, and hides them all under read-only', () => {
    const actions = KEY_TABLE.filter((b) => b.category === 'action');

    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((b) => b.dangerous)).toBe(true);
    for (const screen of SCREENS) {
      const shown = bindingsFor({ screen, readOnly: true });
      expect(shown.filter((b) => b.dangerous)).toEqual([]);
    }
  });

  it('gives each key one meaning per screen', () => {
    for (const screen of SCREENS) {
      const keys = bindingsFor({ screen, readOnly: false }).map((b) => b.keys);
      expect(new Set(keys).size, screen).toBe(keys.length);
    }
  });
});
