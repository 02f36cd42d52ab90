import { useEffect, useRef } from 'react';

/** The two chimes: a single soft tone at the warning point, two lower ones at the budget. */
export type ChimeKind = 'warning' | 'overrun';

const TONES: Record<ChimeKind, ReadonlyArray<{ hz: number; delay: number }>> = {
  warning: [{ hz: 880, delay: 0 }],
  overrun: [
    { hz: 523, delay: 0 },
    { hz: 440, delay: 0.35 },
  ],
};

function playTone(context: AudioContext, hz: number, delay: number): void {
  const start = context.currentTime + delay;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = hz;
  // A gentle attack and a long decay: heard, not startling, in a quiet room.
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(0.12, start + 0.03);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + 1);
}

/**
 * A soft chime made with WebAudio, no sound files. The audio context is created on the first
 * call (which follows a key press or click that started the run, so autoplay rules allow it).
 */
export function useChime(isEnabled: boolean): (kind: ChimeKind) => void {
  const contextRef = useRef<AudioContext | null>(null);
  useEffect(
    () => () => {
      void contextRef.current?.close();
      contextRef.current = null;
    },
    [],
  );
  return (kind) => {
    if (!isEnabled || typeof AudioContext === 'undefined') return;
    contextRef.current ??= new AudioContext();
    const context = contextRef.current;
    for (const tone of TONES[kind]) playTone(context, tone.hz, tone.delay);
  };
}
