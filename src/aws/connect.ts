import type { DebugLog } from '../debugLog.js';
import { createSandbox, inProcessHandler } from '../sandbox/index.js';
import type { SandboxOptions } from '../sandbox/index.js';
import {
  type AwsClients,
  type ConnectionOptions,
  createClients,
} from './clients.js';
import { connectionLabel } from './connectionLabel.js';
import type { ConnectionInfo } from './session.js';

/** The connection flags shared by the app and the report. */
export interface ConnectionFlags {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  /** Use the embedded, seeded sandbox instead of AWS. */
  sandbox?: boolean | SandboxOptions;
}

export interface Connection {
  clients: AwsClients;
  info: ConnectionInfo;
  /** The --profile named, so errors can name it too. */
  profile?: string;
}

/**
 * Opens SDK clients for the flags given: the embedded sandbox (answered
 * in-process, through the same SDK code as AWS) or AWS by the standard
 * credential chain.
 */
export async function connect(
  flags: ConnectionFlags,
  debugLog: DebugLog,
): Promise<Connection> {
  if (flags.sandbox) {
    const options = flags.sandbox === true ? {} : flags.sandbox;
    const sandbox = createSandbox(options);
    const clients = await createClients(
      {
        region: 'us-east-1',
        endpointUrl: 'http://sandbox.local',
        credentials: sandbox.admin,
        requestHandler: inProcessHandler(sandbox.service),
      },
      debugLog,
    );
    return { clients, info: { label: 'SANDBOX', sandbox: true } };
  }

  const options: ConnectionOptions = {
    profile: flags.profile,
    region: flags.region,
    endpointUrl: flags.endpointUrl,
  };
  const clients = await createClients(options, debugLog);
  return {
    clients,
    info: { label: connectionLabel(flags, clients.region), sandbox: false },
    profile: flags.profile,
  };
}
