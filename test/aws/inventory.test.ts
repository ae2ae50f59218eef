import { afterEach, describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/aws/inventory.js';
import { mfaDeviceType } from '../../src/model/mfaDevices.js';
import type { Inventory, LoadProgress } from '../../src/model/types.js';
import type { SandboxAccount } from '../../src/sandbox/state.js';
import { TRANSPORTS } from '../sandbox/harness.js';
import { type AppClientsHarness, startAppClients } from './harness.js';

const TEAM = 40;
const fastPoll = { initialDelayMs: 1, maxDelayMs: 5 };

/** What the inventory must say, read straight from the sandbox's state. */
function expectedUsers(account: SandboxAccount) {
  return [...account.users.values()]
    .map((user) => ({
      userName: user.userName,
      arn: user.arn,
      passwordEnabled: user.loginProfile !== undefined,
      mfaActive: user.mfaDevices.length > 0,
      virtualSerials: user.mfaDevices
        .map((device) => device.serialNumber)
        .filter((serial) => mfaDeviceType(serial) === 'virtual')
        .sort(),
      keyStatuses: user.accessKeys.map((key) => key.status),
      groups: [...user.groups].sort(),
      attachedPolicies: [...user.attachedPolicies].sort(),
      inlinePolicies: [...user.inlinePolicies.keys()].sort(),
    }))
    .sort((a, b) => a.userName.localeCompare(b.userName));
}

function actualUsers(inventory: Inventory) {
  return inventory.users.map((user) => ({
    userName: user.userName,
    arn: user.arn,
    passwordEnabled: user.passwordEnabled,
    mfaActive: user.mfaActive,
    virtualSerials: user.mfaDevices
      .filter((device) => device.type === 'virtual')
      .map((device) => device.serialNumber)
      .sort(),
    keyStatuses: user.accessKeys.map((key) => key.status),
    groups: [...user.groups].sort(),
    attachedPolicies: [...user.attachedPolicies].sort(),
    inlinePolicies: [...user.inlinePolicies].sort(),
  }));
}

describe.each(TRANSPORTS)('loadInventory over %s', (transport) => {
  let h: AppClientsHarness;
  afterEach(() => h.close());

  it('matches the seeded account exactly, in few calls', async () => {
    h = await startAppClients(transport, { users: TEAM });
    const account = h.sandbox.service.account;

    const inventory = await loadInventory(h.app, () => {}, { poll: fastPoll });

    expect(inventory.source).toBe('credential-report');
    expect(actualUsers(inventory)).toEqual(expectedUsers(account));
    expect(inventory.account.id).toBe(account.accountId);
    expect(inventory.account.alias).toBe(account.aliases[0] ?? null);
    expect(inventory.account.rootMfaEnabled).toBe(account.root.mfaEnabled);
    expect(
      inventory.orphanedVirtualMfaDevices.map((d) => d.serialNumber),
    ).toEqual(
      [...account.virtualMfaDevices.values()]
        .filter((device) => !device.userName)
        .map((device) => device.serialNumber),
    );
    expect(inventory.caller.arn).toMatch(/:user\/sandbox-admin$/);
    expect(h.app.calls.count).toBeLessThan(20);
  });

  it('falls back to per-user calls when the credential report is denied, with the same result', async () => {
    h = await startAppClients(transport, { users: TEAM });
    const viaReport = await loadInventory(h.app, () => {}, { poll: fastPoll });

    h.sandbox.service.faults.config = {
      deniedActions: ['GenerateCredentialReport', 'GetCredentialReport'],
    };
    const progress: LoadProgress[] = [];
    const viaUsers = await loadInventory(h.app, (p) => progress.push(p), {
      poll: fastPoll,
    });

    expect(viaUsers.source).toBe('per-user');
    expect(viaUsers.credentialReportGeneratedAt).toBeNull();
    expect(actualUsers(viaUsers)).toEqual(actualUsers(viaReport));
    const last = progress.at(-1);
    expect(last?.step).toBe('reading users one by one');
    expect(last?.done).toBe(last?.total);
    expect(last?.total).toBe(TEAM + 1);
    expect(viaUsers.users.every((user) => user.source === 'live')).toBe(true);
  });

  it('reads users created after the report live, and labels the rest with the report time', async () => {
    h = await startAppClients(transport, { users: 3 });
    const first = await loadInventory(h.app, () => {}, { poll: fastPoll });
    const { CreateUserCommand } = await import('@aws-sdk/client-iam');
    await h.iam.send(new CreateUserCommand({ UserName: 'newcomer' }));

    const second = await loadInventory(h.app, () => {}, { poll: fastPoll });

    // AWS serves a report younger than four hours as it is.
    expect(second.credentialReportGeneratedAt).toEqual(
      first.credentialReportGeneratedAt,
    );
    const newcomer = second.users.find((u) => u.userName === 'newcomer');
    expect(newcomer?.source).toBe('live');
    const others = second.users.filter((u) => u.userName !== 'newcomer');
    expect(others.every((u) => u.source === 'credential-report')).toBe(true);
    expect(others[0]?.asOf).toEqual(first.credentialReportGeneratedAt);
  });
});

describe('loadInventory under load', () => {
  let h: AppClientsHarness;
  afterEach(() => h.close());

  it('pages across more than one page of a thousand users', async () => {
    h = await startAppClients('in-process', { users: 1_200 });
    const inventory = await loadInventory(h.app, () => {}, { poll: fastPoll });
    expect(inventory.users).toHaveLength(1_201);
    expect(new Set(inventory.users.map((u) => u.userName)).size).toBe(1_201);
  });

  it('waits for a credential report in progress', async () => {
    h = await startAppClients('in-process', { users: 5 });
    const steps: string[] = [];
    const inventory = await loadInventory(h.app, (p) => steps.push(p.step), {
      poll: fastPoll,
    });
    expect(
      steps.filter((s) => s === 'generating the credential report').length,
    ).toBeGreaterThan(1);
    expect(inventory.source).toBe('credential-report');
  });

  it('survives throttling through adaptive retries', async () => {
    h = await startAppClients('in-process', { users: 10 }, 10);
    h.sandbox.service.faults.config = {
      throttle: { ratePerSecond: 50, burst: 3 },
    };
    const inventory = await loadInventory(h.app, () => {}, { poll: fastPoll });
    expect(inventory.users).toHaveLength(11);
  });
});

describe('loadInventory where calls are denied or missing', () => {
  let h: AppClientsHarness;
  afterEach(() => h.close());

  it('falls back to per-user calls when the authorization details are denied', async () => {
    h = await startAppClients('in-process', { users: 8 });
    const full = await loadInventory(h.app, () => {}, { poll: fastPoll });
    h.sandbox.service.faults.config = {
      deniedActions: ['GetAccountAuthorizationDetails'],
    };

    const inventory = await loadInventory(h.app, () => {}, { poll: fastPoll });

    expect(inventory.source).toBe('per-user');
    expect(actualUsers(inventory)).toEqual(actualUsers(full));
  });

  it('marks MFA device types unknown without the virtual MFA device list', async () => {
    h = await startAppClients('in-process', { users: 40 });
    h.sandbox.service.faults.config = {
      deniedActions: ['ListVirtualMFADevices'],
    };

    const inventory = await loadInventory(h.app, () => {}, { poll: fastPoll });

    const withMfa = inventory.users.filter((user) => user.mfaActive);
    expect(withMfa.length).toBeGreaterThan(0);
    for (const user of withMfa) {
      expect(user.mfaDevices).toEqual([
        { serialNumber: null, type: 'unknown', enabledAt: null },
      ]);
    }
    expect(inventory.account.rootHardwareMfa).toBeNull();
    expect(inventory.orphanedVirtualMfaDevices).toEqual([]);
  });

  it('loads without the account alias when ListAccountAliases is denied', async () => {
    h = await startAppClients('in-process', { users: 3 });
    h.sandbox.service.faults.config = {
      deniedActions: ['ListAccountAliases'],
    };

    const inventory = await loadInventory(h.app, () => {}, { poll: fastPoll });

    expect(inventory.account.alias).toBeNull();
    expect(inventory.users).toHaveLength(4);
  });
});
