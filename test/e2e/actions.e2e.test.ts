import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/model/plans.js';
import {
  createSandbox,
  listen,
  type Sandbox,
  type SandboxServer,
} from '../../src/sandbox/index.js';
import { TmuxTerminal } from './tmux.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
const SIZE = { columns: 140, rows: 40 };
const DEACTIVATE_MFA = 'M';

describe('an incident action in the built app, in a real terminal', () => {
  let terminal: TmuxTerminal;
  let sandbox: Sandbox;
  let server: SandboxServer;
  let dir: string;

  beforeEach(async () => {
    sandbox = createSandbox({ users: 40 });
    server = await listen(sandbox.service);
    dir = mkdtempSync(join(tmpdir(), 'mfa-tui-e2e-'));
    terminal = new TmuxTerminal(SIZE);
  });
  afterEach(async () => {
    terminal.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('deactivates a virtual MFA device from the keyboard', async () => {
    const account = sandbox.service.account;
    const user = [...account.users.values()].find(
      (u) =>
        u.mfaDevices.length === 1 &&
        account.virtualMfaDevices.has(u.mfaDevices[0]?.serialNumber ?? ''),
    );
    if (!user) throw new Error('the seed has no user with one virtual device');
    const serial = user.mfaDevices[0]?.serialNumber ?? '';
    const auditLog = join(dir, 'audit.jsonl');

    // The admin key reaches the app through the environment, from a
    // private file, so that it never shows on the terminal.
    const env = join(dir, 'env');
    writeFileSync(
      env,
      `AWS_ACCESS_KEY_ID=${sandbox.admin.accessKeyId}\n` +
        `AWS_SECRET_ACCESS_KEY=${sandbox.admin.secretAccessKey}\n` +
        'AWS_REGION=us-east-1\n',
      { mode: 0o600 },
    );
    terminal.type(
      `set -a; . ${env}; set +a; node ${CLI} ` +
        `--endpoint-url ${server.endpoint} --audit-log ${auditLog}; ` +
        'echo "exit=$?"',
    );
    terminal.press('Enter');
    await terminal.waitFor((s) => s.includes('41 of 41 users'));

    // Each key waits for the frame it leads to, as a person would: keys
    // sent at once can reach the app as one sequence.
    terminal.type(`/${user.userName}`);
    await terminal.waitFor((s) => s.includes('1 of 41 users'));
    terminal.press('Enter');
    // The filter is applied: its field has lost the cursor.
    await terminal.waitFor((s) => s.includes(`filter: /${user.userName}  `));
    terminal.press('Enter');
    await terminal.waitFor((s) => s.includes('read live at'));

    terminal.type(DEACTIVATE_MFA);
    const confirm = await terminal.waitFor((s) => s.includes('to confirm'));
    expect(confirm).toContain('iam:DeactivateMFADevice');
    terminal.type(user.userName);
    terminal.press('Enter');
    await terminal.waitFor((s) => s.includes('1 of 1 steps done'));

    // AWS's state: the device is no longer assigned to anyone.
    expect(user.mfaDevices).toEqual([]);
    expect(account.virtualMfaDevices.get(serial)?.userName).toBeUndefined();

    const entries = readFileSync(auditLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AuditEntry);
    expect(entries.map((e) => [e.phase, e.action, e.result])).toEqual([
      ['intent', 'DeactivateMFADevice', undefined],
      ['outcome', 'DeactivateMFADevice', 'ok'],
    ]);
    expect(entries[1]?.params).toEqual({
      UserName: user.userName,
      SerialNumber: serial,
    });
    expect(entries[1]?.requestId).toMatch(/\S{8,}/);

    terminal.press('Escape');
    await terminal.waitFor((s) => !s.includes('Esc closes'));
    terminal.type('q');
    await terminal.waitFor((s) => s.includes('exit=0'));
  });
});
