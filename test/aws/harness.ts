import { type AwsClients, createClients } from '../../src/aws/clients.js';
import { silentLog } from '../../src/debugLog.js';
import type { SandboxOptions } from '../../src/sandbox/index.js';
import {
  type SandboxHarness,
  startSandbox,
  type Transport,
} from '../sandbox/harness.js';

export interface AppClientsHarness extends SandboxHarness {
  /** The app's own clients (call log, adaptive retries) on the sandbox. */
  app: AwsClients;
}

/** A sandbox, plus the clients the app itself would make for it. */
export async function startAppClients(
  transport: Transport,
  options: SandboxOptions = {},
  maxAttempts?: number,
): Promise<AppClientsHarness> {
  const harness = await startSandbox(transport, options);
  const app = await createClients(
    {
      region: 'us-east-1',
      credentials: harness.sandbox.admin,
      maxAttempts,
      ...harness.connection,
    },
    silentLog,
  );
  return {
    ...harness,
    app,
    close: async () => {
      app.destroy();
      await harness.close();
    },
  };
}
