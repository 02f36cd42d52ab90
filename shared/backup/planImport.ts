/*
 * What importing a checked backup will write, decided purely from the file and the keys already
 * in the library. Nothing already there is ever replaced: a clashing story comes in as a copy with
 * new ids; a rehearsal, format, question or practice record already present is kept as it is.
 */
import type { ChallengeQuestion, PracticeState } from '../model/challenge';
import type { Preferences } from '../model/preferences';
import type { RehearsalFormat } from '../model/rehearsalFormat';
import type { RehearsalSession } from '../model/rehearsalSession';
import type { Story } from '../model/story';
import type { Critique } from '../model/critique';
import type { DeliveryAnalysis } from '../model/deliveryAnalysis';
import type { BackupFile, BackupRecording } from './backupFile';
import { copyStoryWithNewIds } from './copyStoryWithNewIds';

/** The keys already in the library. */
export interface ExistingKeys {
  storyIds: ReadonlySet<string>;
  critiqueIds: ReadonlySet<string>;
  sessionIds: ReadonlySet<string>;
  formatIds: ReadonlySet<string>;
  questionIds: ReadonlySet<string>;
  practiceIds: ReadonlySet<string>;
  hasPreferences: boolean;
}

export interface ImportPlan {
  stories: Story[];
  sessions: RehearsalSession[];
  formats: RehearsalFormat[];
  questions: ChallengeQuestion[];
  practice: PracticeState[];
  preferences: Preferences | null;
  recordings: BackupRecording[];
  analyses: DeliveryAnalysis[];
  critiques: Critique[];
  report: ImportReport;
}

export interface ImportReport {
  storiesAdded: number;
  /** Titles of the stories that came in as copies because their id was taken. */
  storiesCopied: string[];
  sessionsAdded: number;
  critiquesAdded: number;
  /** Records left alone because the library already holds them. */
  alreadyPresent: number;
}

/** The records to write for a checked backup file, given what the library already holds. */
export function planImport(file: BackupFile, existing: ExistingKeys, newId: () => string): ImportPlan {
  const storyIdMap = new Map<string, string>();
  const beatIdMap = new Map<string, string>();
  const stories = file.stories.map((story) => {
    if (!existing.storyIds.has(story.id)) return story;
    const copy = copyStoryWithNewIds(story, newId);
    storyIdMap.set(story.id, copy.story.id);
    for (const beat of story.outline.beats) beatIdMap.set(beat.id, copy.idMap.get(beat.id)!);
    return copy.story;
  });
  const sessions = file.sessions
    .filter((session) => !existing.sessionIds.has(session.id))
    .map((session) => {
      const storyId = session.storyId === null ? null : (storyIdMap.get(session.storyId) ?? session.storyId);
      const segments = session.segments.map((s) => ({
        ...s,
        beatId: s.beatId === null ? null : (beatIdMap.get(s.beatId) ?? s.beatId),
      }));
      return storyId === session.storyId ? session : { ...session, storyId, segments };
    });
  // A critique whose id is taken comes in as a copy under a new id: nothing links to it by id.
  const critiques = file.critiques.map((critique) =>
    existing.critiqueIds.has(critique.id) ? { ...critique, id: newId() } : critique,
  );
  const sessionIds = new Set(sessions.map((s) => s.id));
  const formats = file.formats.filter((f) => !existing.formatIds.has(f.id));
  const questions = file.questions.filter((q) => !existing.questionIds.has(q.id));
  const practice = file.practice.filter((p) => !existing.practiceIds.has(p.questionId));
  const kept = [sessions, formats, questions, practice].reduce((sum, list) => sum + list.length, 0);
  const offered = [file.sessions, file.formats, file.questions, file.practice].reduce((sum, list) => sum + list.length, 0);
  return {
    stories,
    sessions,
    formats,
    questions,
    practice,
    preferences: existing.hasPreferences ? null : file.preferences,
    recordings: file.recordings.filter((r) => sessionIds.has(r.sessionId)),
    analyses: file.analyses.filter((a) => sessionIds.has(a.sessionId)),
    critiques,
    report: {
      storiesAdded: stories.length,
      storiesCopied: file.stories.filter((s) => storyIdMap.has(s.id)).map((s) => s.title),
      sessionsAdded: sessions.length,
      critiquesAdded: critiques.length,
      alreadyPresent: offered - kept,
    },
  };
}
