import { describe, expect, it } from 'vitest';
import { evaluateFindings } from '../../src/model/findings.js';
import {
  exitCodeFor,
  type FailOn,
  formatReport,
  REPORT_FORMATS,
} from '../../src/report/index.js';
import {
  makeConsoleUser,
  makeInventory,
  makeUser,
  NOW,
} from '../fixtures/inventory.js';
import { reportFixture } from './fixture.js';

const findingsOf = (inventory: ReturnType<typeof makeInventory>) =>
  evaluateFindings(inventory, NOW);

// One inventory per worst severity: a console user without MFA (high), a
// root user with a virtual MFA device (medium), a directly attached
// inline policy (low), and nothing at all.
const WORST = {
  high: findingsOf(
    makeInventory({ users: [makeConsoleUser({ mfaActive: false })] }),
  ),
  medium: findingsOf(makeInventory({ account: { rootHardwareMfa: false } })),
  low: findingsOf(
    makeInventory({ users: [makeUser({ inlinePolicies: ['x'] })] }),
  ),
  none: findingsOf(makeInventory()),
};

describe('exitCodeFor', () => {
  it.each<[keyof typeof WORST, FailOn, 0 | 1]>([
    ['high', 'high', 1],
    ['medium', 'high', 0],
    ['medium', 'medium', 1],
    ['low', 'medium', 0],
    ['high', 'low', 1],
    ['low', 'low', 1],
    ['none', 'low', 0],
    ['high', 'none', 0],
  ])('worst %s with --fail-on %s exits %i', (worst, failOn, code) => {
    expect(exitCodeFor(WORST[worst], failOn)).toBe(code);
  });
});

describe('formatReport', () => {
  it.each(REPORT_FORMATS)('ends %s output with one newline', (format) => {
    const { inventory, findings } = reportFixture();

    const text = formatReport(inventory, findings, format, NOW);

    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });
});
