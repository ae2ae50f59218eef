import type { FaultConfig } from './faults.js';
import { DEFAULT_TEAM_SIZE, seedAccount } from './seed.js';
import { SandboxService } from './service.js';
import { type Clock, createAccount } from './state.js';

export interface SandboxOptions {
  /** How many team members to seed besides the admin; default 40. */
  users?: number;
  seed?: number;
  clock?: Clock;
  faults?: FaultConfig;
}

/** A seeded sandbox account and the admin key pair that can drive it. */
export interface Sandbox {
  service: SandboxService;
  admin: { accessKeyId: string; secretAccessKey: string };
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const account = createAccount({ seed: options.seed, clock: options.clock });
  const admin = seedAccount(account, options.users ?? DEFAULT_TEAM_SIZE);
  return { service: new SandboxService(account, options.faults), admin };
}

export { listen, type SandboxServer } from './http.js';
export { inProcessHandler } from './inProcess.js';
export type { FaultConfig } from './faults.js';
export { ADMIN_USER_NAME, DEFAULT_TEAM_SIZE } from './seed.js';
