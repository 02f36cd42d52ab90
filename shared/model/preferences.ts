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
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', wordsPerMinute: DEFAULT_WPM };
