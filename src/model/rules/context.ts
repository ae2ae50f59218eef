import type { Thresholds } from '../thresholds.js';
import type { Finding, Inventory, UserRecord } from '../types.js';

/** What every rule may look at. */
export interface RuleContext {
  readonly inventory: Inventory;
  readonly now: Date;
  readonly thresholds: Thresholds;
}

/** A rule about the account as a whole. */
export type AccountCheck = (context: RuleContext) => Finding[];

/** A rule about one user. */
export type UserCheck = (user: UserRecord, context: RuleContext) => Finding[];
