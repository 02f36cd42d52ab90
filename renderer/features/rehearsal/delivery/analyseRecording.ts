/*
 * The delivery analyser the store uses (loaded on first use): decode the recording in the
 * window with the Web Audio API, then analyse the samples in a worker, relaying its progress.
 */
import type { SegmentMarker } from '../../../../shared/delivery/analyseDelivery';
import { DELIVERY_PROBLEM_MESSAGES } from '../../../../shared/delivery/checkSignal';
import { ANALYSIS_SAMPLE_RATE } from '../../../../shared/delivery/deliveryConfig';
import type { DeliveryResult } from '../../../../shared/model/deliveryAnalysis';
import { decodeRecording } from './decodeRecording';
import type { DeliveryReply, DeliveryRequest } from './deliveryMessages';

/** Decoding is about a tenth of the work. */
const DECODED = 0.1;

/** Analyse a recording's delivery, reporting progress from 0 to 1. */
export async function analyseRecording(
  blob: Blob,
  markers: readonly SegmentMarker[],
  onProgress: (share: number) => void,
): Promise<DeliveryResult> {
  onProgress(0);
  const samples = await decodeRecording(blob);
  if (!samples) return { ok: false, problem: 'unreadable', message: DELIVERY_PROBLEM_MESSAGES.unreadable };
  onProgress(DECODED);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./deliveryWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<DeliveryReply>) => {
      if (event.data.kind === 'progress') {
        onProgress(DECODED + (1 - DECODED) * event.data.share);
        return;
      }
      worker.terminate();
      resolve(event.data.result);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      reject(
        new Error(`the analysis stopped unexpectedly (${event.message || 'the worker failed'}). Reopen the review to try again.`),
      );
    });
    const request: DeliveryRequest = { samples, sampleRate: ANALYSIS_SAMPLE_RATE, markers: [...markers] };
    worker.postMessage(request, [samples.buffer]);
  });
}
