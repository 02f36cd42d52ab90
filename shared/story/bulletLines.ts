/*
 * Slide bullets are edited as text, one bullet a line. Blank lines are dropped, each line is
 * trimmed to the longest a line may be, and a slide keeps at most MAX_BULLETS: the lines past
 * that are reported so the editor can say so instead of losing them quietly.
 */
import { MAX_BULLETS } from '../model/outline';
import { MAX_LINE } from '../model/text';

export interface BulletLines {
  bullets: string[];
  /** Lines past the slide's limit, which are not kept. */
  overflow: number;
}

/** The bullets typed in a text, one a line. */
export function parseBulletLines(text: string): BulletLines {
  const lines = text
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(?:[-*•]\s+)?/, '')
        .trim()
        .slice(0, MAX_LINE),
    )
    .filter((line) => line !== '');
  return { bullets: lines.slice(0, MAX_BULLETS), overflow: Math.max(0, lines.length - MAX_BULLETS) };
}

/** The text an editor shows for a slide's bullets. */
export function bulletText(bullets: readonly string[]): string {
  return bullets.join('\n');
}
