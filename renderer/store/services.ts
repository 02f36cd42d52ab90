import type { BackupRepository } from '../data/backupRepository';
import type { CritiqueRepository } from '../data/critiqueRepository';
import type { FormatRepository } from '../data/formatRepository';
import type { LibraryRepository } from '../data/libraryRepository';
import type { PracticeRepository } from '../data/practiceRepository';
import type { QuestionRepository } from '../data/questionRepository';
import type { SessionRepository } from '../data/sessionRepository';
import type { SettingsRepository } from '../data/settingsRepository';
import type { DocumentLocks } from '../data/documentLocks';
import type { StoryRepository } from '../data/storyRepository';
import type { SegmentMarker } from '../../shared/delivery/analyseDelivery';
import type { DeliveryResult } from '../../shared/model/deliveryAnalysis';
import type { BackupService } from './backupService';

/** Decode a recording and analyse its delivery off the window's thread, reporting progress (0 to 1). */
export type AnalyseRecording = (
  blob: Blob,
  markers: readonly SegmentMarker[],
  onProgress: (share: number) => void,
) => Promise<DeliveryResult>;

/** What the store's actions reach out to: repositories and the clock, injected for tests. */
export interface Services {
  stories: StoryRepository;
  /** Paper critiques (renderer/data/critiqueRepository). */
  critiques: CritiqueRepository;
  settings: SettingsRepository;
  practice: PracticeRepository;
  library: LibraryRepository;
  questions: QuestionRepository;
  formats: FormatRepository;
  sessions: SessionRepository;
  /** Rolling backups (through the bridge) and restoring one into the database. */
  backups: BackupService;
  /** Backup files the user exports and imports (renderer/data/backupRepository). */
  backupFiles: BackupRepository;
  /** The delivery analyser (renderer/features/rehearsal/delivery), imported on first use. */
  analyseRecording: AnalyseRecording;
  clock: () => number;
  /** One writer per story or critique across windows and tabs; omitted in tests, where all are free. */
  locks?: DocumentLocks;
}
