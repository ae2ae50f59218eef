import { IAMClient, IAMServiceException } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import {
  createSandbox,
  inProcessHandler,
  listen,
  type Sandbox,
  type SandboxOptions,
} from '../../src/sandbox/index.js';

export type Transport = 'http' | 'in-process';

/** A clock that stands still until a test moves it. */
export interface ManualClock {
  now(): Date;
  advance(ms: number): void;
}

export function manualClock(start = new Date('2025-01-15T12:00:00Z')) {
  let current = start.getTime();
  const clock: ManualClock = {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
  return clock;
}

/** The error a call failed with; fails the test if the call succeeded. */
export async function failure(
  call: Promise<unknown>,
): Promise<IAMServiceException> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof IAMServiceException)) {
    throw new Error(`expected an IAM error, got ${String(error)}`);
  }
  return error;
}

/** Both ways into the sandbox; sandbox tests run once through each. */
export const TRANSPORTS: readonly Transport[] = ['http', 'in-process'];

export interface SandboxHarness {
  sandbox: Sandbox;
  iam: IAMClient;
  sts: STSClient;
  /** How a client reaches this sandbox: an endpoint, maybe a handler. */
  connection: {
    endpointUrl: string;
    requestHandler?: ReturnType<typeof inProcessHandler>;
  };
  /** Clients signed with another key pair (a user's own key). */
  clientsFor(credentials: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
  }): { iam: IAMClient; sts: STSClient };
  close(): Promise<void>;
}

/** Starts a sandbox and real SDK clients that reach it by `transport`. */
export async function startSandbox(
  transport: Transport,
  options: SandboxOptions = {},
): Promise<SandboxHarness> {
  // A bare account (the admin only) unless a test asks for a team, so
  // that tests count exactly what they create.
  const sandbox = createSandbox({ users: 0, ...options });
  const server = transport === 'http' ? await listen(sandbox.service) : null;
  const connection = server
    ? { endpointUrl: server.endpoint }
    : {
        endpointUrl: 'http://sandbox.invalid',
        requestHandler: inProcessHandler(sandbox.service),
      };

  const clientsFor: SandboxHarness['clientsFor'] = (credentials) => {
    const config = {
      region: 'us-east-1',
      credentials,
      maxAttempts: 1,
      endpoint: connection.endpointUrl,
      requestHandler: connection.requestHandler,
    };
    return { iam: new IAMClient(config), sts: new STSClient(config) };
  };
  const { iam, sts } = clientsFor(sandbox.admin);

  return {
    sandbox,
    iam,
    sts,
    connection,
    clientsFor,
    close: async () => {
      iam.destroy();
      sts.destroy();
      await server?.close();
    },
  };
}
