import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { StoreProvider } from '../../../../renderer/store/StoreProvider';
import type { AnalyseRecording } from '../../../../renderer/store/services';
import { DELIVERY_PROBLEM_MESSAGES } from '../../../../shared/delivery/checkSignal';
import type { DeliveryResult, DeliveryStats } from '../../../../shared/model/deliveryAnalysis';
import { makeSession } from '../../../shared/rehearsal/sessionFixture';
import { createTestStore } from '../../store/testStore';

const sound = { blob: new Blob(['sound'], { type: 'audio/webm' }), mimeType: 'audio/webm' };

const run = makeSession(
  [
    ['Problem', 120, 100],
    ['Method', 120, 140],
  ],
  {
    id: 'run-1',
    formatName: 'Research presentation',
    recording: {
      mimeType: 'audio/webm',
      durationMs: 240_000,
      markers: [
        { segmentIndex: 0, atMs: 0 },
        { segmentIndex: 1, atMs: 100_000 },
      ],
    },
  },
);

function stats(startMs: number, endMs: number, extra: Partial<DeliveryStats>): DeliveryStats {
  return {
    startMs,
    endMs,
    speakingMs: (endMs - startMs) * 0.8,
    silenceMs: (endMs - startMs) * 0.2,
    pauses: [],
    syllables: 300,
    wordsPerMinute: 150,
    pitch: { medianHz: 120, spreadSemitones: 6, voicedMs: 40_000 },
    isFlat: false,
    sentences: 10,
    fadingEndsMs: [],
    ...extra,
  };
}

const analysed: DeliveryResult = {
  ok: true,
  durationMs: 240_000,
  whole: stats(0, 240_000, {
    wordsPerMinute: 172,
    pauses: [
      { atMs: 130_000, durationMs: 2_300 },
      { atMs: 20_000, durationMs: 1_200 },
    ],
  }),
  segments: [
    { segmentIndex: 0, ...stats(0, 100_000, { wordsPerMinute: 143, pauses: [{ atMs: 20_000, durationMs: 1_200 }] }) },
    {
      segmentIndex: 1,
      ...stats(100_000, 240_000, {
        wordsPerMinute: 186,
        pauses: [
          { atMs: 130_000, durationMs: 2_300 },
          { atMs: 170_000, durationMs: 2_100 },
        ],
        pitch: { medianHz: 118, spreadSemitones: 2.1, voicedMs: 60_000 },
        isFlat: true,
        fadingEndsMs: [200_000],
      }),
    },
  ],
  pace: [
    { atMs: 0, wordsPerMinute: 140 },
    { atMs: 5_000, wordsPerMinute: 150 },
  ],
};

async function renderReview(analyse: AnalyseRecording) {
  const setup = await createTestStore(undefined, { analyseRecording: analyse });
  await setup.services.settings.setPreferences({ theme: 'system', wordsPerMinute: 143 });
  await setup.store.getState().loadPreferences();
  await setup.services.sessions.save(run, sound);
  window.location.hash = '#/session/run-1';
  render(
    <StoreProvider store={setup.store}>
      <App />
    </StoreProvider>,
  );
  return setup;
}

// Each test renders the whole app; on a busy two-core machine that can take several seconds.
describe('the review of a recorded run', { timeout: 20_000 }, () => {
  it('analyses the recording once, shows progress, and says per segment how it was spoken', async () => {
    let finish: (result: DeliveryResult) => void = () => undefined;
    const analyse = vi.fn<AnalyseRecording>((_blob, _markers, onProgress) => {
      onProgress(0.42);
      return new Promise((resolve) => (finish = resolve));
    });
    const { services } = await renderReview(analyse);
    const section = await screen.findByRole('region', { name: 'How you spoke' });
    expect(await within(section).findByRole('progressbar')).toHaveValue(42);
    expect(analyse.mock.calls[0]?.[1]).toEqual(run.recording!.markers);
    finish(analysed);
    expect(await within(section).findByTestId('delivery-summary')).toHaveTextContent(
      'Over the whole run: 3:12 of speaking; about 172 words a minute, 20 % faster than your usual 143; two pauses of a second or more, one over 2 s (longest 2.3 s); the pitch moved over 6.0 semitones.',
    );
    expect(
      within(section)
        .getAllByRole('listitem')
        .slice(0, 2)
        .map((li) => li.textContent),
    ).toEqual([
      'Problem: about 143 words a minute, close to your usual 143; one pause of a second or more (1.2 s); the pitch moved over 6.0 semitones.',
      'Method: about 186 words a minute, 30 % faster than your usual 143; two pauses of a second or more, two over 2 s (longest 2.3 s); the voice stayed flat (its pitch moved over only 2.1 semitones); one of 10 sentences faded out at the end.',
    ]);
    expect(within(section).getByText(/estimated from the sound/)).toBeInTheDocument();
    const method = within(within(section).getByRole('table')).getByRole('row', { name: /Method/ });
    expect(within(method).getByText('Flat')).toBeInTheDocument();
    expect(await services.sessions.getAnalysis('run-1')).toMatchObject({ sessionId: 'run-1', result: analysed });
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('offers the estimated pace as the user’s pace, and sets it only when asked', async () => {
    const user = userEvent.setup();
    const { store } = await renderReview(async () => analysed);
    await user.click(await screen.findByRole('button', { name: 'Use the estimate as my pace: 143 → 172 words per minute' }));
    await waitFor(() => expect(store.getState().preferences.wordsPerMinute).toBe(172));
    expect(await screen.findByText(/Speaking pace set to 172 words per minute, from the sound of this run/)).toBeInTheDocument();
  });

  it('keeps the analysis on screen while the note is saved, without analysing again', async () => {
    const analyse = vi.fn<AnalyseRecording>(async () => analysed);
    const { store } = await renderReview(analyse);
    expect(await screen.findByTestId('delivery-summary')).toBeInTheDocument();
    await store.getState().saveSessionNote('run-1', 'Slow down in the method.');
    expect(screen.getByTestId('delivery-summary')).toBeInTheDocument();
    expect(store.getState().delivery?.status).toBe('ready');
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it.each(Object.entries(DELIVERY_PROBLEM_MESSAGES))('shows the %s sentence instead of numbers', async (problem, message) => {
    await renderReview(async () => ({ ok: false, problem, message }) as DeliveryResult);
    expect(await screen.findByTestId('delivery-problem')).toHaveTextContent(message);
    expect(screen.queryByTestId('delivery-summary')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Use the estimate/ })).not.toBeInTheDocument();
  });

  it('says what went wrong when the analysis itself fails, stores nothing, and can try again', async () => {
    const user = userEvent.setup();
    const analyse = vi
      .fn<AnalyseRecording>()
      .mockRejectedValueOnce(new Error('the worker ran out of memory'))
      .mockResolvedValue(analysed);
    const { services } = await renderReview(analyse);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The recording could not be analysed: the worker ran out of memory',
    );
    expect(await services.sessions.getAnalysis('run-1')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('delivery-summary')).toBeInTheDocument();
  });
});
