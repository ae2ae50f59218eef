import {
  appendFileSync,
  chmodSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAuditLogPath, fileAuditLog } from '../../src/aws/audit.js';
import type { AuditEntry } from '../../src/model/plans.js';

function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    time: '2026-06-01T12:00:00.000Z',
    phase: 'intent',
    accountId: '123456789012',
    callerArn: 'arn:aws:iam::123456789012:user/sandbox-admin',
    runId: 'run-1',
    action: 'DeleteLoginProfile',
    target: 'alice',
    params: { UserName: 'alice' },
    ...overrides,
  };
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('defaultAuditLogPath', () => {
  it('lives under $XDG_STATE_HOME when it is set', () => {
    expect(defaultAuditLogPath({ XDG_STATE_HOME: '/state' }, '/home/a')).toBe(
      '/state/mfa-tui/audit.jsonl',
    );
  });

  it('falls back to ~/.local/state, also for a relative XDG_STATE_HOME', () => {
    // The XDG base directory spec: relative paths are invalid, ignore them.
    const expected = '/home/a/.local/state/mfa-tui/audit.jsonl';

    expect(defaultAuditLogPath({}, '/home/a')).toBe(expected);
    expect(defaultAuditLogPath({ XDG_STATE_HOME: 'st' }, '/home/a')).toBe(
      expected,
    );
  });
});

describe('fileAuditLog', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mfa-tui-audit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a private directory and file, and reads entries back in order', async () => {
    const path = join(dir, 'state', 'mfa-tui', 'audit.jsonl');
    const log = fileAuditLog(path);
    const intent = entry();
    const outcome = entry({ phase: 'outcome', result: 'ok', requestId: 'r1' });

    await log.append(intent);
    await log.append(outcome);

    expect(modeOf(join(dir, 'state', 'mfa-tui'))).toBe(0o700);
    expect(modeOf(path)).toBe(0o600);
    expect(await log.read()).toEqual([intent, outcome]);
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(3);
  });

  it('narrows a log file that others could read to 0600', async () => {
    const path = join(dir, 'audit.jsonl');
    writeFileSync(path, '');
    chmodSync(path, 0o644);

    await fileAuditLog(path).append(entry());

    expect(modeOf(path)).toBe(0o600);
  });

  it('skips a torn last line, and starts the next entry on a fresh line', async () => {
    const path = join(dir, 'audit.jsonl');
    const log = fileAuditLog(path);
    await log.append(entry({ runId: 'before' }));
    appendFileSync(path, '{"time":"2026-06-01T12:0');

    expect(await log.read()).toEqual([entry({ runId: 'before' })]);

    await log.append(entry({ runId: 'after' }));

    expect((await log.read()).map((e) => e.runId)).toEqual(['before', 'after']);
  });

  it('reads a log that does not exist yet as empty', async () => {
    expect(await fileAuditLog(join(dir, 'none.jsonl')).read()).toEqual([]);
  });

  it('rejects an append where the directory cannot be made', async () => {
    // A file where the directory should be: fails even for root.
    writeFileSync(join(dir, 'blocker'), '');
    const log = fileAuditLog(join(dir, 'blocker', 'mfa-tui', 'audit.jsonl'));

    await expect(log.append(entry())).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
  });
});
