import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { DeckQuestion } from '../../../../shared/content/challengeDeck';
import type { AnswerRating, PracticeState } from '../../../../shared/model/challenge';
import { newId } from '../../../../shared/model/ids';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { buildSession } from '../../../../shared/rehearsal/buildSession';
import { isPeriodQuestionDue, nextRandomChallengeAt, pickChallenge } from '../../../../shared/rehearsal/pickChallenge';
import type { RunPlan } from '../../../../shared/rehearsal/runPlan';
import { runReducer, type RunState } from '../../../../shared/rehearsal/runReducer';
import { runTimeMs } from '../../../../shared/rehearsal/timer';
import { RecordingBadge } from '../recording/RecordingBadge';
import { useRunRecording, type RecordingSetup } from '../recording/useRunRecording';
import { ChallengeCard } from './ChallengeCard';
import { CueCard } from './CueCard';
import { RunClock } from './RunClock';
import { RunControls } from './RunControls';
import { SegmentStrip } from './SegmentStrip';
import { useChime } from './useChime';
import { useKeepOnLeave } from './useKeepOnLeave';
import { useRun } from './useRun';
import { useRunKeys } from './useRunKeys';
import { useThrottlingOff } from './useThrottlingOff';
import './run.css';

export interface RunScreenProps {
  plan: RunPlan;
  storyId: string | null;
  storyTitle: string | null;
  isNoNotes: boolean;
  deck: readonly DeckQuestion[];
  practice: readonly PracticeState[];
  isChimeOn: boolean;
  isRandomOn: boolean;
  /** The run's clock (performance.now); injected so tests control time. */
  now?: () => number;
  /** Wall-clock time for the session's dates (Date.now). */
  wallClock?: () => number;
  random?: () => number;
  onAnswer(questionId: string, rating: AnswerRating, answerMs: number): void;
  onFinish(session: RehearsalSession): void;
  /** The run, finished and kept, when the screen is left in the middle of it. */
  onLeftMidRun?: (session: RehearsalSession) => void;
  /** Recording of the microphone during the run, when the user opted in. */
  recording?: RecordingSetup;
  onLeave(): void;
}

const perfNow = () => performance.now();

/** A timed run: the clock, the cue card, challenges on request or at random, and the keys. */
export function RunScreen(props: RunScreenProps) {
  const { plan, now = perfNow, wallClock = Date.now, random = Math.random } = props;
  const { run, reading, act } = useRun(plan, props.isNoNotes, now);
  const { timer, active } = run;
  const segment = plan.segments[timer.index] ?? plan.segments[0];
  const isLive = timer.status === 'running' || timer.status === 'paused';
  const chime = useChime(props.isChimeOn);
  const [announcement, setAnnouncement] = useState('');
  const startedAt = useRef(0);
  const notesShown = useRef(!props.isNoNotes);
  const nextRandomAt = useRef<number | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Open at the top with the title focused: the chooser may have been scrolled, and a screen
  // reader hears where it is.
  useEffect(() => {
    window.scrollTo(0, 0);
    titleRef.current?.focus({ preventScroll: true });
  }, []);
  useThrottlingOff(isLive);
  useEffect(() => {
    if (!run.isNotesHidden && isLive) notesShown.current = true;
  }, [run.isNotesHidden, isLive]);

  const throwChallenge = () => {
    if (timer.status !== 'running' || active || !segment) return;
    const asked = new Set(run.challenges.map((c) => c.questionId));
    const question = pickChallenge({
      deck: props.deck,
      practice: new Map(props.practice.map((p) => [p.questionId, p])),
      segmentTags: segment.tags,
      askedIds: asked,
      random,
    });
    if (question) act({ type: 'challenge', question: { id: question.id, text: question.text } });
  };

  const rate = (rating: AnswerRating) => {
    if (!active) return;
    const at = now();
    const answerMs = Math.round(Math.max(0, runTimeMs(timer, at) - active.askedAtMs));
    act({ type: 'rate', rating });
    props.onAnswer(active.questionId, rating, answerMs);
  };

  const toggle = () => {
    if (timer.status === 'ready') {
      startedAt.current = wallClock();
      nextRandomAt.current = nextRandomChallengeAt(0, random);
      act({ type: 'start' });
    } else if (timer.status === 'running') act({ type: 'pause' });
    else if (timer.status === 'paused') act({ type: 'resume' });
  };

  const finish = () => (isLive ? act({ type: 'finish' }) : timer.status === 'ready' ? props.onLeave() : undefined);

  useRunKeys({
    toggle,
    next: () => act({ type: 'next' }),
    previous: () => act({ type: 'previous' }),
    challenge: throwChallenge,
    toggleNotes: () => act({ type: 'toggleNotes' }),
    escape: finish,
    rate,
  });

  // Say a change of standing once, in words and, if wanted, with a chime.
  const { phase } = reading.current;
  const standingKey = `${timer.index}:${phase}`;
  const lastStanding = useRef(standingKey);
  const onStanding = useEffectEvent((key: string) => {
    const isSameSegment = lastStanding.current.startsWith(`${timer.index}:`);
    lastStanding.current = key;
    if (!isSameSegment || phase === 'ok' || !segment) return;
    chime(phase);
    setAnnouncement(phase === 'warning' ? `${segment.title}: nearing its budget.` : `${segment.title}: over budget.`);
  });
  useEffect(() => onStanding(standingKey), [standingKey]);

  // Random challenges, when opted in: one every one to three minutes of run time.
  const runTime = reading.total.elapsedMs;
  const onRunTime = useEffectEvent((ms: number) => {
    // A question period throws its questions at the rate the user chose, whatever the preference.
    const every = segment?.questionEveryMs;
    if (every !== undefined) {
      if (timer.status !== 'running') return;
      const askedAtMs = [...run.challenges, ...(active ? [active] : [])]
        .filter((c) => c.segmentIndex === timer.index)
        .map((c) => c.askedAtMs);
      if (isPeriodQuestionDue({ runTimeMs: ms, everyMs: every, askedAtMs, hasOpenQuestion: active !== null })) throwChallenge();
      return;
    }
    if (!props.isRandomOn || timer.status !== 'running' || nextRandomAt.current === null) return;
    // While a question is open the next one waits, so it never follows straight after a rating.
    if (active) nextRandomAt.current = nextRandomChallengeAt(ms, random);
    if (active || ms < nextRandomAt.current) return;
    nextRandomAt.current = nextRandomChallengeAt(ms, random);
    throwChallenge();
  });
  useEffect(() => onRunTime(runTime), [runTime]);

  const recording = useRunRecording(props.recording, timer.status, timer.index);

  const sessionOf = (finished: RunState) =>
    buildSession(plan, finished, {
      id: newId(),
      storyId: props.storyId,
      startedAt: startedAt.current,
      endedAt: wallClock(),
      isNoNotes: !notesShown.current,
    });

  // Hand the finished run over once (with its recording, if any); the parent saves it.
  const onFinished = useEffectEvent(() => {
    recording.handOver(sessionOf(run), (recorded) => props.onFinish(recorded));
  });
  useEffect(() => {
    if (timer.status === 'finished') onFinished();
  }, [timer.status]);
  const { onLeftMidRun } = props;
  useKeepOnLeave(
    run,
    (live) => sessionOf(runReducer(live, { type: 'finish', at: now() })),
    // A run left halfway keeps its recording too.
    onLeftMidRun && ((session) => recording.handOver(session, onLeftMidRun)),
  );

  if (!segment) return <p>This format has no segments to rehearse.</p>;
  return (
    <div className="run-screen">
      <header className="run-header">
        <div>
          <h1 className="run-title" ref={titleRef} tabIndex={-1}>
            {plan.formatName}
          </h1>
          <p className="run-subtitle">
            {props.storyTitle ?? 'No story'} · Segment {timer.index + 1} of {plan.segments.length}
            {timer.status === 'paused' && <strong className="run-paused"> · Paused</strong>}
            {timer.status === 'ready' && ' · Ready'}
          </p>
          <RecordingBadge state={recording.state} />
        </div>
        <RunControls
          status={timer.status}
          isFirst={timer.index === 0}
          isLast={timer.index === plan.segments.length - 1}
          isNotesHidden={run.isNotesHidden}
          canChallenge={timer.status === 'running' && !active && props.deck.length > 0}
          onToggle={toggle}
          onPrevious={() => act({ type: 'previous' })}
          onNext={() => act({ type: 'next' })}
          onChallenge={throwChallenge}
          onToggleNotes={() => act({ type: 'toggleNotes' })}
          onFinish={finish}
        />
      </header>
      <div className="run-body">
        <div className="run-side">
          <RunClock current={reading.current} total={reading.total} />
          {timer.status === 'ready' && <p className="run-hint">Press Space (or Start) when you begin speaking.</p>}
        </div>
        <div className="run-main">
          {active ? (
            <ChallengeCard text={active.text} answerMs={runTimeMs(timer, now()) - active.askedAtMs} onRate={rate} />
          ) : null}
          <CueCard segment={segment} isNotesHidden={run.isNotesHidden} />
        </div>
      </div>
      <SegmentStrip segments={plan.segments} readings={reading.segments} index={timer.index} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
