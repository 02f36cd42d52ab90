/*
 * Delivery across runs, for History: each analysed run's estimated pace, pauses per minute of
 * speaking, and how many of its segments sounded flat, oldest first.
 */
import type { DeliveryAnalysis } from '../model/deliveryAnalysis';
import type { RehearsalSession } from '../model/rehearsalSession';

export interface DeliveryTrendPoint {
  sessionId: string;
  startedAt: number;
  formatName: string;
  wordsPerMinute: number | null;
  pausesPerMinute: number;
  flatSegments: number;
  segments: number;
  fadedEndings: number;
}

/** The runs with a usable analysis, oldest first. */
export function deliveryTrend(
  sessions: readonly RehearsalSession[],
  analyses: readonly DeliveryAnalysis[],
): DeliveryTrendPoint[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return analyses
    .flatMap((analysis): DeliveryTrendPoint[] => {
      const session = byId.get(analysis.sessionId);
      if (!session || !analysis.result.ok) return [];
      const { whole, segments } = analysis.result;
      const minutes = whole.speakingMs / 60_000;
      return [
        {
          sessionId: session.id,
          startedAt: session.startedAt,
          formatName: session.formatName,
          wordsPerMinute: whole.wordsPerMinute,
          pausesPerMinute: minutes > 0 ? Math.round((whole.pauses.length / minutes) * 10) / 10 : 0,
          flatSegments: segments.filter((s) => s.isFlat).length,
          segments: segments.length,
          fadedEndings: whole.fadingEndsMs.length,
        },
      ];
    })
    .sort((a, b) => a.startedAt - b.startedAt || a.sessionId.localeCompare(b.sessionId));
}
