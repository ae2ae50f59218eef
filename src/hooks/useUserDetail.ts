import { useCallback } from 'react';
import type { AwsSession } from '../aws/session.js';
import type { UserDetail } from '../model/types.js';
import { useAbortable, type AbortableState } from './useAbortable.js';

/** Reads one user live when the screen opens, and again on reload. */
export function useUserDetail(
  session: AwsSession,
  userName: string,
): AbortableState<UserDetail> {
  const task = useCallback(
    (signal: AbortSignal) => session.loadUserDetail(userName, signal),
    [session, userName],
  );

  return useAbortable(task);
}
