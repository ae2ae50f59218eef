import { createClients } from '../src/aws/clients.js';
import { loadInventory } from '../src/aws/inventory.js';
import { silentLog } from '../src/debugLog.js';
import { naiveLoad } from './naiveLoader.js';
import { startSandboxProcess } from './sandboxProcess.js';

const USERS = 5_000;
const LATENCY_MS = 20;
const CONCURRENCY = 8;

export interface LoaderFigures {
  calls: number;
  wallMs: number;
  users: number;
  /** This process's peak RSS once the loader is done (cumulative). */
  peakRssMb: number;
}

function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function measure(
  endpoint: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  load: (clients: Awaited<ReturnType<typeof createClients>>) => Promise<number>,
): Promise<LoaderFigures> {
  const clients = await createClients(
    { endpointUrl: endpoint, region: 'us-east-1', credentials },
    silentLog,
  );
  const started = performance.now();
  const users = await load(clients);
  const wallMs = Math.round(performance.now() - started);
  clients.destroy();
  return { calls: clients.calls.count, wallMs, users, peakRssMb: peakRssMb() };
}

/**
 * The inventory loader, then a naive per-user loader, in this process,
 * against the HTTP sandbox (in a process of its own) with 5,000 users and
 * 20 ms added to every call.
 */
export async function benchLoaders() {
  const sandbox = await startSandboxProcess([
    '--users',
    String(USERS),
    '--latency',
    String(LATENCY_MS),
  ]);
  try {
    const inventory = await measure(
      sandbox.endpoint,
      sandbox.credentials,
      async (c) =>
        (await loadInventory(c, () => {}, { concurrency: CONCURRENCY })).users
          .length,
    );
    const naive = await measure(
      sandbox.endpoint,
      sandbox.credentials,
      async (c) => (await naiveLoad(c.iam, CONCURRENCY)).length,
    );
    return {
      users: USERS,
      latencyMs: LATENCY_MS,
      concurrency: CONCURRENCY,
      inventory,
      naive,
      callRatio: round(naive.calls / inventory.calls),
      timeRatio: round(naive.wallMs / inventory.wallMs),
    };
  } finally {
    await sandbox.stop();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
