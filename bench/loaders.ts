import { createClients } from '../src/aws/clients.js';
import { loadInventory } from '../src/aws/inventory.js';
import { silentLog } from '../src/debugLog.js';
import { createSandbox, listen } from '../src/sandbox/index.js';
import { naiveLoad } from './naiveLoader.js';

const USERS = 5_000;
const LATENCY_MS = 20;
const CONCURRENCY = 8;

export interface LoaderFigures {
  calls: number;
  wallMs: number;
  users: number;
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
  return { calls: clients.calls.count, wallMs, users };
}

/**
 * The inventory loader against a naive per-user loader, on the HTTP
 * sandbox with 5,000 users and 20 ms added to every call.
 */
export async function benchLoaders() {
  const sandbox = createSandbox({
    users: USERS,
    faults: { latencyMs: LATENCY_MS },
  });
  const server = await listen(sandbox.service);
  try {
    const inventory = await measure(
      server.endpoint,
      sandbox.admin,
      async (c) =>
        (await loadInventory(c, () => {}, { concurrency: CONCURRENCY })).users
          .length,
    );
    const naive = await measure(
      server.endpoint,
      sandbox.admin,
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
    await server.close();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
