import { xmlSafeLine } from './xmlSafeText';

/** A title as a slide shows it: XML-safe, one line, and "(untitled)" when nothing is left (as in markdown export). */
export function slideTitle(title: string): string {
  const line = xmlSafeLine(title);
  return line.trim() === '' ? '(untitled)' : line;
}

/** Bullets as a slide shows them: XML-safe, one line each, blank ones left out. */
export function slideBullets(bullets: readonly string[]): string[] {
  return bullets.map(xmlSafeLine).filter((bullet) => bullet.trim() !== '');
}
