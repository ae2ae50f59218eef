import { useMemo } from 'react';
import type { AwsSession } from '../aws/session.js';
import { evaluateFindings } from '../model/findings.js';
import type { Finding } from '../model/types.js';
import { buildUserRows, type UserRow } from '../model/userRows.js';
import { headerStats, type HeaderStats } from '../ui/headerStats.js';
import { useInventory, type InventoryState } from './useInventory.js';

export interface AppData extends InventoryState {
  /** The time ages are measured against: when this inventory arrived. */
  now: Date;
  findings: Finding[];
  rows: UserRow[];
  stats: HeaderStats | null;
}

/**
 * The inventory and everything derived from it, recomputed only when the
 * inventory changes (a reload, or a user re-read live).
 */
export function useAppData(session: AwsSession, clock: () => Date): AppData {
  const state = useInventory(session);
  const { inventory } = state;

  const derived = useMemo(() => {
    const now = clock();

    if (inventory === null) {
      return { now, findings: [], rows: [], stats: null };
    }

    const findings = evaluateFindings(inventory, now);
    return {
      now,
      findings,
      rows: buildUserRows(inventory, findings, now),
      stats: headerStats(inventory, findings, now),
    };
  }, [inventory, clock]);

  return { ...state, ...derived };
}
