/*
 * A dedicated worker that runs the delivery analysis (shared/delivery), so a long recording never
 * blocks the window; meyda and pitchfinder load here only.
 */
import { analyseDelivery } from '../../../../shared/delivery/analyseDelivery';
import type { DeliveryReply, DeliveryRequest } from './deliveryMessages';

const reply = (message: DeliveryReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<DeliveryRequest>) => {
  const { samples, sampleRate, markers } = event.data;
  const result = analyseDelivery(samples, sampleRate, { markers, onProgress: (share) => reply({ kind: 'progress', share }) });
  reply({ kind: 'done', result });
});
