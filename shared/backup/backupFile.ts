/*
 * The backup file: the whole library or one story, as versioned JSON. This schema is the
 * current version's; files of older versions are migrated forward before being checked
 * against it (shared/migrations).
 */
import { z } from 'zod';
import { challengeQuestionSchema, practiceStateSchema } from '../model/challenge';
import { critiqueSchema } from '../model/critique';
import { deliveryAnalysisSchema } from '../model/deliveryAnalysis';
import { idSchema } from '../model/ids';
import { preferencesSchema } from '../model/preferences';
import { rehearsalFormatSchema } from '../model/rehearsalFormat';
import { rehearsalSessionSchema } from '../model/rehearsalSession';
import { storySchema } from '../model/story';

export const BACKUP_FORMAT = 'viva-backup';

export const backupRecordingSchema = z.strictObject({
  sessionId: idSchema,
  mimeType: z.string().max(100),
  /** The audio, base64-encoded. */
  data: z.string(),
});
export type BackupRecording = z.infer<typeof backupRecordingSchema>;

export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
  /** ISO 8601 time of export. */
  exportedAt: z.iso.datetime(),
  scope: z.enum(['library', 'story']),
  stories: z.array(storySchema),
  sessions: z.array(rehearsalSessionSchema),
  formats: z.array(rehearsalFormatSchema),
  questions: z.array(challengeQuestionSchema),
  practice: z.array(practiceStateSchema),
  preferences: preferencesSchema.nullable(),
  recordings: z.array(backupRecordingSchema),
  /** The delivery analyses of recorded runs (small: carried even when the audio is left out). */
  analyses: z.array(deliveryAnalysisSchema),
  /** Paper critiques (version 3); a backup of one story carries none. */
  critiques: z.array(critiqueSchema),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

/** The records a backup carries, without its header. */
export type LibrarySnapshot = Omit<BackupFile, 'format' | 'schemaVersion' | 'appVersion' | 'exportedAt' | 'scope'>;
