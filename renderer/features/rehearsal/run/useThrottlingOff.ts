import { useEffect } from 'react';
import { setBackgroundThrottling } from '../../../bridge/bridge';

/**
 * Ask the desktop shell not to throttle the window while a run is live, so the chime and the
 * random challenges come on time when the window is in the background. The times shown never
 * depend on it (they come from timestamps), so a refusal is ignored rather than reported.
 */
export function useThrottlingOff(isLive: boolean): void {
  useEffect(() => {
    if (!isLive) return;
    void setBackgroundThrottling(false).catch(() => undefined);
    return () => void setBackgroundThrottling(true).catch(() => undefined);
  }, [isLive]);
}
