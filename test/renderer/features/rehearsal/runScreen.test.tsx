import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DeckQuestion } from '../../../../shared/content/challengeDeck';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { docFromText } from '../../../../shared/model/richText';
import type { RunPlan } from '../../../../shared/rehearsal/runPlan';
import { RunScreen } from '../../../../renderer/features/rehearsal/run/RunScreen';

const plan: RunPlan = {
  formatId: 'own-format',
  formatName: 'Short mock',
  warnAtFraction: 0.5,
  outlineWords: null,
  segments: [
    {
      title: 'Opening',
      budgetMs: 60_000,
      tags: ['problem'],
      beatId: 'b1',
      bullets: ['Why now'],
      notes: docFromText('Lead with the failure case.'),
    },
    { title: 'Method', budgetMs: 30_000, tags: ['method'], beatId: 'b2', bullets: [], notes: null },
  ],
};

const deck: DeckQuestion[] = [
  { id: 'builtin:why-this-ablation', text: 'Which ablation convinced you?', tags: ['method'], isBuiltin: true },
];

function setup(options: { isRandomOn?: boolean; isNoNotes?: boolean; isChimeOn?: boolean } = {}) {
  const clock = { now: 1000 };
  const onAnswer = vi.fn();
  const onFinish = vi.fn<(session: RehearsalSession) => void>();
  const onLeave = vi.fn();
  const onLeftMidRun = vi.fn<(session: RehearsalSession) => void>();
  const { unmount } = render(
    <RunScreen
      plan={plan}
      storyId={null}
      storyTitle="Sparse attention"
      isNoNotes={options.isNoNotes ?? false}
      deck={deck}
      practice={[]}
      isChimeOn={options.isChimeOn ?? false}
      isRandomOn={options.isRandomOn ?? false}
      now={() => clock.now}
      wallClock={() => 1_700_000_000_000 + clock.now}
      random={() => 0}
      onAnswer={onAnswer}
      onFinish={onFinish}
      onLeave={onLeave}
      onLeftMidRun={onLeftMidRun}
    />,
  );
  const user = userEvent.setup();
  // Move the injected clock and let the display catch up, as the refresh interval would.
  const advance = async (ms: number) => {
    clock.now += ms;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 250));
    });
  };
  const segmentClock = () => screen.getByRole('timer', { name: 'Time in this segment' });
  return { clock, user, advance, onAnswer, onFinish, onLeave, onLeftMidRun, unmount, segmentClock };
}

describe('the run screen', () => {
  it('starts with Space and shows time from the clock, with warning and overrun in words', async () => {
    const { user, advance, segmentClock } = setup();
    expect(screen.getByText('Press Space (or Start) when you begin speaking.')).toBeInTheDocument();
    await user.keyboard(' ');
    await advance(29_000);
    expect(segmentClock()).toHaveTextContent('0:29 of 1:00');
    expect(screen.getByTestId('segment-standing')).toHaveTextContent('0:31 left in this segment');
    await advance(2000);
    expect(screen.getByTestId('segment-standing')).toHaveTextContent('Warning: 0:29 left in this segment');
    expect(screen.getByRole('status')).toHaveTextContent('Opening: nearing its budget.');
    await advance(35_000);
    expect(screen.getByTestId('segment-standing')).toHaveTextContent('Over budget in this segment by 0:06');
    expect(screen.getByTestId('total-standing')).toHaveTextContent('Total 1:06 / 1:30');
  });

  it('pauses and resumes with Space, not counting the pause', async () => {
    const { user, advance, segmentClock } = setup();
    await user.keyboard(' ');
    await advance(10_000);
    await user.keyboard(' ');
    expect(screen.getByText('· Paused')).toBeInTheDocument();
    await advance(120_000);
    expect(segmentClock()).toHaveTextContent('0:10 of 1:00');
    await user.keyboard(' ');
    await advance(5000);
    expect(segmentClock()).toHaveTextContent('0:15 of 1:00');
  });

  it('moves between segments with the arrows, the cue card following', async () => {
    const { user, advance, segmentClock } = setup();
    await user.keyboard(' ');
    expect(screen.getByRole('heading', { name: 'Opening' })).toBeInTheDocument();
    expect(screen.getByText('Lead with the failure case.')).toBeInTheDocument();
    await advance(20_000);
    await user.keyboard('{ArrowRight}');
    await advance(3000);
    expect(screen.getByRole('heading', { name: 'Method' })).toBeInTheDocument();
    expect(segmentClock()).toHaveTextContent('0:03 of 0:30');
    expect(screen.getByText('Segment 2 of 2', { exact: false })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(segmentClock()).toHaveTextContent('0:20 of 1:00');
  });

  it('hides the notes with H', async () => {
    const { user } = setup();
    await user.keyboard(' h');
    expect(screen.queryByText('Lead with the failure case.')).not.toBeInTheDocument();
    expect(screen.getByText(/Notes hidden/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Hide notes/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('throws a challenge with C while the clock runs, and records the rating and time with 2', async () => {
    const { user, advance, onAnswer, segmentClock } = setup();
    await user.keyboard(' ');
    await advance(5000);
    await user.keyboard('c');
    expect(screen.getByText('Which ablation convinced you?')).toBeInTheDocument();
    await advance(12_000);
    expect(segmentClock()).toHaveTextContent('0:17 of 1:00');
    expect(screen.getByText(/Answering for/)).toHaveTextContent('Answering for 0:12');
    await user.keyboard('2');
    expect(onAnswer).toHaveBeenCalledWith('builtin:why-this-ablation', 'shaky', 12_000);
    expect(screen.queryByText('Which ablation convinced you?')).not.toBeInTheDocument();
  });

  it('ignores C and the arrows before the start, and Esc there goes back', async () => {
    const { user, onLeave } = setup();
    await user.keyboard('c{ArrowRight}');
    expect(screen.queryByText('Which ablation convinced you?')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Opening' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(onLeave).toHaveBeenCalled();
  });

  it('finishes with Esc and hands over the session with the time of each segment', async () => {
    const { user, advance, onFinish } = setup();
    await user.keyboard(' ');
    await advance(40_000);
    await user.keyboard('{ArrowRight}');
    await advance(31_000);
    await user.keyboard('c');
    await advance(4000);
    await user.keyboard('{Escape}');
    expect(onFinish).toHaveBeenCalledTimes(1);
    const session = onFinish.mock.calls[0]?.[0];
    expect(session?.segments.map((s) => s.actualMs)).toEqual([40_000, 35_000]);
    expect(session?.challenges).toEqual([expect.objectContaining({ rating: null, answerMs: 4000, segmentIndex: 1 })]);
    expect(session).toMatchObject({ formatName: 'Short mock', isNoNotes: false, pausedMs: 0 });
  });

  it('throws a question at a random moment when opted in, never while paused', async () => {
    const { user, advance } = setup({ isRandomOn: true });
    await user.keyboard(' ');
    await advance(30_000);
    await user.keyboard(' ');
    await advance(120_000);
    expect(screen.queryByRole('region', { name: 'Challenge' })).not.toBeInTheDocument();
    await user.keyboard(' ');
    // With the random source at 0, the first question comes after one minute of run time.
    await advance(29_000);
    expect(screen.queryByRole('region', { name: 'Challenge' })).not.toBeInTheDocument();
    await advance(1000);
    expect(screen.getByRole('region', { name: 'Challenge' })).toHaveTextContent('Which ablation convinced you?');
  });

  it('records a run that began and stayed without notes as a no-notes run', async () => {
    const { user, advance, onFinish } = setup({ isNoNotes: true });
    expect(screen.getByText(/Notes hidden/)).toBeInTheDocument();
    await user.keyboard(' ');
    await advance(5000);
    await user.keyboard('{Escape}');
    expect(onFinish.mock.calls[0]?.[0]).toMatchObject({ isNoNotes: true });
  });

  it('chimes once at the warning point and twice past the budget, when the chime is on', async () => {
    const tones: number[] = [];
    class FakeAudioContext {
      currentTime = 0;
      destination = {};
      createOscillator() {
        const node = {
          type: '',
          frequency: { value: 0 },
          connect: (next: unknown) => next,
          start: () => undefined,
          stop: () => undefined,
        };
        tones.push(0);
        return node;
      }
      createGain() {
        const param = {
          setValueAtTime: () => undefined,
          linearRampToValueAtTime: () => undefined,
          exponentialRampToValueAtTime: () => undefined,
        };
        return { gain: param, connect: (next: unknown) => next };
      }
      close() {
        return Promise.resolve();
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    try {
      const { user, advance } = setup({ isChimeOn: true });
      await user.keyboard(' ');
      await advance(29_000);
      expect(tones).toHaveLength(0);
      await advance(2000);
      expect(tones).toHaveLength(1);
      await advance(30_000);
      expect(tones).toHaveLength(3);
      // Moving on to a fresh segment is not a change of standing worth a sound.
      await user.keyboard('{ArrowRight}');
      await advance(1000);
      expect(tones).toHaveLength(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps a run the user leaves halfway, finished at the moment of leaving', async () => {
    const { user, advance, unmount, onLeftMidRun, onFinish } = setup();
    await user.keyboard(' ');
    await advance(20_000);
    await user.keyboard(' ');
    await advance(5000);
    unmount();
    expect(onFinish).not.toHaveBeenCalled();
    expect(onLeftMidRun).toHaveBeenCalledTimes(1);
    expect(onLeftMidRun.mock.calls[0]?.[0]).toMatchObject({ pausedMs: 5000, segments: [{ actualMs: 20_000 }, { actualMs: 0 }] });
  });

  it('keeps nothing when left before the start or after the finish', async () => {
    const before = setup();
    before.unmount();
    expect(before.onLeftMidRun).not.toHaveBeenCalled();
    const after = setup();
    await after.user.keyboard(' ');
    await after.advance(1000);
    await after.user.keyboard('{Escape}');
    after.unmount();
    expect(after.onFinish).toHaveBeenCalledTimes(1);
    expect(after.onLeftMidRun).not.toHaveBeenCalled();
  });
});
