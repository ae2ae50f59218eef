import { useCallback, useState } from 'react';
import type { Flash } from '../components/FlashLine.js';
import { errorDetails, type DebugLog } from '../debugLog.js';

export interface FlashState {
  flash: Flash | null;
  setFlash: (flash: Flash | null) => void;
  /** Shows the error's sentence; its stack goes to the debug log only. */
  showError: (error: Error) => void;
}

export function useFlash(debugLog: DebugLog): FlashState {
  const [flash, setFlash] = useState<Flash | null>(null);

  const showError = useCallback(
    (error: Error) => {
      debugLog.write({ event: 'error', ...errorDetails(error) });
      setFlash({ kind: 'error', text: error.message });
    },
    [debugLog],
  );

  return { flash, setFlash, showError };
}
