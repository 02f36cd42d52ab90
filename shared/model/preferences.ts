import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const MIN_WPM = 60;
export const MAX_WPM = 260;
export const DEFAULT_WPM = 140;

export const preferencesSchema = z.strictObject({
  theme: z.enum(THEMES),
  /** Speaking pace used to estimate how long notes take to say. */
  wordsPerMinute: z.number().int().min(MIN_WPM).max(MAX_WPM),
  // Optional, so preferences stored or backed up before they existed still read.
  /** A soft chime in a rehearsal when a segment reaches its warning point and its budget. */
  rehearsalChime: z.boolean().optional(),
  /** Throw challenge questions at random moments of a rehearsal, not only on request. */
  randomChallenges: z.boolean().optional(),
  /** Record the microphone during rehearsals, kept with the session (opt in). */
  recordRehearsals: z.boolean().optional(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', wordsPerMinute: DEFAULT_WPM };
