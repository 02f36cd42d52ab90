import type { SegmentMarker } from '../../../../shared/delivery/analyseDelivery';
import type { DeliveryResult } from '../../../../shared/model/deliveryAnalysis';

/** What the window sends the delivery worker: the samples are transferred, not copied. */
export interface DeliveryRequest {
  samples: Float32Array;
  sampleRate: number;
  markers: SegmentMarker[];
}

/** What the worker sends back: progress as it goes, then the result. */
export type DeliveryReply = { kind: 'progress'; share: number } | { kind: 'done'; result: DeliveryResult };
