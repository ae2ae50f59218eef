import type { Finding, Inventory } from './types.js';

/**
 * Every finding in the inventory: account-level ones and one per user and
 * rule. Placeholder signature; the rules land with the inventory issue.
 */
export function evaluateFindings(_inventory: Inventory, _now: Date): Finding[] {
  return [];
}
