/*
 * The delivery analysis of recorded runs: the one the open review shows (read from the
 * database, or made on the spot in a worker, with progress) and all of them for the trend in
 * History. The analyser is a service, loaded lazily, so its code arrives with the first review
 * of a recording and tests can stand in for it.
 */
import type { StateCreator } from 'zustand';
import { DELIVERY_METHOD_VERSION, type DeliveryAnalysis } from '../../shared/model/deliveryAnalysis';
import type { RehearsalSession } from '../../shared/model/rehearsalSession';
import type { AppState } from './appState';
import type { Services } from './services';
import { errorMessage as message } from '../../shared/text/errorMessage';

export interface DeliveryView {
  sessionId: string;
  status: 'loading' | 'analysing' | 'ready' | 'noAudio' | 'error';
  /** Share of the analysis done, 0 to 1, while analysing. */
  progress: number;
  analysis: DeliveryAnalysis | null;
  error: string | null;
}

export interface DeliverySlice {
  delivery: DeliveryView | null;
  /** Show the analysis of `session`'s recording, analysing it first if it never was. */
  openDelivery(session: RehearsalSession): Promise<void>;
  /** Stop showing a session's analysis (its review closed); an analysis under way goes on and is stored. */
  closeDelivery(sessionId: string): void;
  /** Drop what is shown and listed for a session whose recording is gone. */
  forgetDelivery(sessionId: string): void;
  /** Every stored analysis, for History; null until loaded. */
  deliveryAnalyses: DeliveryAnalysis[] | null;
  loadDeliveryAnalyses(): Promise<void>;
}

/** Progress is shown in whole percent: finer steps would only re-render. */
const PROGRESS_STEP = 0.01;

export function createDeliverySlice(services: Services): StateCreator<AppState, [], [], DeliverySlice> {
  return (set, get) => {
    // One analysis per recording at a time, even if its review is opened twice meanwhile.
    const running = new Map<string, Promise<DeliveryAnalysis | null>>();
    const update = (sessionId: string, patch: Partial<DeliveryView>) => {
      const current = get().delivery;
      if (current?.sessionId === sessionId) set({ delivery: { ...current, ...patch } });
    };

    const analyse = async (session: RehearsalSession, blob: Blob): Promise<DeliveryAnalysis | null> => {
      let shown = 0;
      const result = await services.analyseRecording(blob, session.recording?.markers ?? [], (share) => {
        if (share - shown < PROGRESS_STEP && share < 1) return;
        shown = share;
        update(session.id, { progress: share });
      });
      const analysis: DeliveryAnalysis = {
        sessionId: session.id,
        method: DELIVERY_METHOD_VERSION,
        analysedAt: services.clock(),
        result,
      };
      // Not stored if the recording was deleted meanwhile.
      if (!(await services.sessions.saveAnalysis(analysis))) return null;
      const list = get().deliveryAnalyses;
      if (list) set({ deliveryAnalyses: [...list.filter((a) => a.sessionId !== session.id), analysis] });
      return analysis;
    };

    return {
      delivery: null,
      deliveryAnalyses: null,
      openDelivery: async (session) => {
        const sessionId = session.id;
        if (!session.recording) {
          set({ delivery: null });
          return;
        }
        // Already shown or under way: a second open (the session was saved again) changes nothing.
        const shown = get().delivery;
        if (shown?.sessionId === sessionId && (shown.status === 'ready' || shown.status === 'analysing')) return;
        set({ delivery: { sessionId, status: 'loading', progress: 0, analysis: null, error: null } });
        try {
          const stored = await services.sessions.getAnalysis(sessionId);
          if (stored && stored.method === DELIVERY_METHOD_VERSION) {
            update(sessionId, { status: 'ready', analysis: stored });
            return;
          }
          const recording = await services.sessions.getRecording(sessionId);
          if (!recording) {
            update(sessionId, { status: 'noAudio' });
            return;
          }
          update(sessionId, { status: 'analysing' });
          let job = running.get(sessionId);
          if (!job) {
            job = analyse(session, recording.blob).finally(() => running.delete(sessionId));
            running.set(sessionId, job);
          }
          const analysis = await job;
          update(sessionId, analysis ? { status: 'ready', progress: 1, analysis } : { status: 'noAudio' });
        } catch (error) {
          update(sessionId, { status: 'error', error: message(error) });
        }
      },
      closeDelivery: (sessionId) => {
        if (get().delivery?.sessionId === sessionId) set({ delivery: null });
      },
      forgetDelivery: (sessionId) => {
        const { delivery, deliveryAnalyses } = get();
        set({
          delivery: delivery?.sessionId === sessionId ? null : delivery,
          deliveryAnalyses: deliveryAnalyses?.filter((a) => a.sessionId !== sessionId) ?? null,
        });
      },
      loadDeliveryAnalyses: async () => {
        try {
          set({ deliveryAnalyses: await services.sessions.listAnalyses() });
        } catch (error) {
          get().notify(`The delivery of past runs could not be read: ${message(error)}`, 'error');
          set({ deliveryAnalyses: [] });
        }
      },
    };
  };
}
