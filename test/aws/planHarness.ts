import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sdkSession } from '../../src/aws/sdkSession.js';
import type { AwsSession } from '../../src/aws/session.js';
import type { SandboxAccount, SandboxUser } from '../../src/sandbox/state.js';
import type { Transport } from '../sandbox/harness.js';
import { type AppClientsHarness, startAppClients } from './harness.js';

/** A seeded sandbox, the app's session on it, and a private audit log. */
export interface PlanHarness extends AppClientsHarness {
  session: AwsSession;
  auditLogPath: string;
  /** Requests that reached the sandbox, by action, retries included. */
  received: Map<string, number>;
  close(): Promise<void>;
}

export async function startPlanHarness(
  transport: Transport,
  options: {
    dryRun?: boolean;
    auditLogPath?: string;
    maxAttempts?: number;
  } = {},
): Promise<PlanHarness> {
  const h = await startAppClients(
    transport,
    { users: 40 },
    options.maxAttempts ?? 3,
  );
  const dir = mkdtempSync(join(tmpdir(), 'mfa-tui-plan-'));
  const auditLogPath = options.auditLogPath ?? join(dir, 'audit.jsonl');

  // Count at the sandbox's door: what the SDK really sent, retries too.
  const received = new Map<string, number>();
  const service = h.sandbox.service;
  const handle = service.handle.bind(service);
  service.handle = (request) => {
    const action = new URLSearchParams(request.body).get('Action') ?? '?';
    received.set(action, (received.get(action) ?? 0) + 1);
    return handle(request);
  };

  const session = sdkSession(
    { clients: h.app, info: { label: 'SANDBOX', sandbox: true } },
    { auditLogPath, dryRun: options.dryRun ?? false },
  );
  return {
    ...h,
    session,
    auditLogPath,
    received,
    close: async () => {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A seeded team member with every kind of credential to act on. */
export function fullyEquippedUser(account: SandboxAccount): SandboxUser {
  const user = [...account.users.values()].find(
    (candidate) =>
      candidate.userName !== 'sandbox-admin' &&
      candidate.loginProfile !== undefined &&
      candidate.accessKeys.some((key) => key.status === 'Active') &&
      candidate.mfaDevices.some((device) =>
        account.virtualMfaDevices.has(device.serialNumber),
      ),
  );
  if (!user) throw new Error('the seed has no fully equipped user');
  return user;
}

/**
 * The account's users and virtual MFA devices, deep-copied. Key-last-used
 * is left out: every call, reads included, stamps the caller's own key.
 */
export function snapshot(account: SandboxAccount) {
  const copy = structuredClone({
    users: account.users,
    virtualMfaDevices: account.virtualMfaDevices,
  });
  for (const user of copy.users.values()) {
    for (const key of user.accessKeys) delete key.lastUsed;
  }
  return copy;
}

/** Every secret the sandbox holds: none may reach the audit log. */
export function secretsOf(account: SandboxAccount): string[] {
  const users = [...account.users.values()];
  return [
    ...users.flatMap((user) => user.accessKeys.map((k) => k.secretAccessKey)),
    ...users.flatMap((user) => user.loginProfile?.password ?? []),
    ...[...account.virtualMfaDevices.values()].map((d) => d.base32Seed),
  ];
}
