import { useCallback, useState } from 'react';
import type { AwsSession } from '../aws/session.js';
import type { Inventory, LoadProgress, UserRecord } from '../model/types.js';
import { useAbortable } from './useAbortable.js';

export interface InventoryState {
  inventory: Inventory | null;
  /** What the loader is doing now; null when idle. */
  progress: LoadProgress | null;
  loading: boolean;
  error: Error | null;
  reload: () => void;
  /** Puts a user's live re-read in place of its row. */
  replaceUser: (record: UserRecord) => void;
}

/** Loads the inventory with progress; `reload` fetches a new one. */
export function useInventory(session: AwsSession): InventoryState {
  const [progress, setProgress] = useState<LoadProgress | null>(null);

  const task = useCallback(
    async (signal: AbortSignal) => {
      const inventory = await session.loadInventory((step) => {
        if (!signal.aborted) setProgress(step);
      }, signal);

      setProgress(null);
      return inventory;
    },
    [session],
  );
  const state = useAbortable(task);
  const { setValue } = state;

  const replaceUser = useCallback(
    (record: UserRecord) =>
      setValue((inventory) =>
        inventory === null
          ? null
          : {
              ...inventory,
              users: inventory.users.map((user) =>
                user.userName === record.userName ? record : user,
              ),
            },
      ),
    [setValue],
  );

  return {
    inventory: state.value,
    progress: state.loading ? progress : null,
    loading: state.loading,
    error: state.error,
    reload: state.reload,
    replaceUser,
  };
}
