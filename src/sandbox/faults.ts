import { IamError } from './errors.js';
import type { SeededRandom } from './random.js';

/** Faults the sandbox injects on demand, for tests and demos. */
export interface FaultConfig {
  /** Added to every call, in milliseconds. */
  latencyMs?: number;
  /** A token bucket: this many calls per second, bursting to `burst`. */
  throttle?: { ratePerSecond: number; burst: number };
  /** The share of calls (0-1) that fail with ServiceFailure. */
  failureRate?: number;
  /** Actions that every caller is denied, e.g. GetCredentialReport. */
  deniedActions?: readonly string[];
  /** Actions that fail with ServiceFailure every time they are called. */
  failingActions?: readonly string[];
}

/**
 * Applies a FaultConfig to each call; one instance per sandbox. Tests and
 * the app may replace `config` mid-session; the throttle's bucket starts
 * full again whenever they do.
 */
export class FaultInjector {
  private current: FaultConfig = {};
  private tokens = 0;
  private lastRefill = Date.now();

  constructor(
    config: FaultConfig,
    private readonly random: SeededRandom,
  ) {
    this.config = config;
  }

  get config(): FaultConfig {
    return this.current;
  }

  set config(config: FaultConfig) {
    this.current = config;
    this.tokens = config.throttle?.burst ?? 0;
    this.lastRefill = Date.now();
  }

  async delay(): Promise<void> {
    const ms = this.config.latencyMs ?? 0;
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  /**
   * Throws the injected error for this call, if there is one. `service`
   * is the action's IAM prefix: `iam` or `sts`.
   */
  check(service: string, action: string, callerArn: string): void {
    if (this.config.deniedActions?.includes(action)) {
      throw new IamError(
        'AccessDenied',
        `User: ${callerArn} is not authorized to perform: ` +
          `${service}:${action} ` +
          'with an explicit deny in an identity-based policy',
      );
    }
    if (this.config.throttle && !this.takeToken(this.config.throttle)) {
      throw new IamError('Throttling', 'Rate exceeded');
    }
    if (
      this.config.failingActions?.includes(action) ||
      this.random.chance(this.config.failureRate ?? 0)
    ) {
      throw new IamError(
        'ServiceFailure',
        'The request processing has failed because of an unknown error, ' +
          'exception or failure.',
      );
    }
  }

  private takeToken(bucket: { ratePerSecond: number; burst: number }) {
    const now = Date.now();
    const refill = ((now - this.lastRefill) / 1000) * bucket.ratePerSecond;
    this.tokens = Math.min(bucket.burst, this.tokens + refill);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
