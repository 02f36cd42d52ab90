/*
 * PowerPoint does not shrink text to fit until someone edits it, so the writer picks font sizes
 * itself: the largest size at which the paragraphs, wrapped at an estimated character width,
 * fill no more than the box. An estimate, erring on the wide side, not a layout engine.
 */
import type { Box } from './defineDeckMasters';

const POINTS_PER_INCH = 72;
const LINE_HEIGHT = 1.2;
/** Average advance of a character in ems, as measured on sentences set in Arial (bold is wider). */
const NARROW_EM = 0.5;
const NARROW_BOLD_EM = 0.55;
const WIDE_EM = 1.0;
/** Slack for where lines break between words. */
const WRAP_SLACK = 1.05;
/** Characters drawn a full em wide: CJK, kana, hangul, emoji. */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}\u3000-\u303F\uFF00-\uFFEF]/u;

export interface FitOptions {
  /** Space above each paragraph, in points. */
  gapPoints?: number;
  /** Room taken at the start of each line (a bullet and its indent), in points. */
  indentPoints?: number;
  isBold?: boolean;
}

/** The largest of `sizes` (points, largest first) at which the paragraphs fit the box; else the smallest. */
export function fittedFontSize(
  paragraphs: readonly string[],
  box: Box,
  sizes: readonly number[],
  options: FitOptions = {},
): number {
  const { gapPoints = 0, indentPoints = 0, isBold = false } = options;
  const width = box.w * POINTS_PER_INCH - indentPoints;
  const height = box.h * POINTS_PER_INCH;
  const ems = paragraphs.map((text) => textEms(text, isBold ? NARROW_BOLD_EM : NARROW_EM));
  const fits = (size: number) => {
    const lines = ems.reduce((sum, em) => sum + Math.max(1, Math.ceil((em * size) / width)), 0);
    return lines * size * LINE_HEIGHT + gapPoints * paragraphs.length <= height;
  };
  return sizes.find(fits) ?? sizes.at(-1) ?? 18;
}

/** The estimated width of a text in ems. */
function textEms(text: string, narrowEm: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? WIDE_EM : narrowEm;
  return ems * WRAP_SLACK;
}
