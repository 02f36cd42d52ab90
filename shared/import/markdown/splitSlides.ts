/*
 * A markdown deck cut into its head matter and its slides, as Marp, Slidev and reveal.js cut
 * them: at lines holding only "---", never inside a fenced code block or an HTML comment. Slidev also lets a slide
 * open with its own head matter (a "key: value" block closed by another "---"), which is skipped.
 */

export interface SplitDeck {
  /** The head matter's "key: value" lines (top level only), read as plain strings. */
  head: Map<string, string>;
  /** Each slide's markdown. */
  slides: string[];
}

function fenceOf(line: string): string | null {
  const trimmed = line.replace(/^ {0,3}/, '');
  const char = trimmed[0];
  if (char !== '`' && char !== '~') return null;
  let run = 0;
  while (trimmed[run] === char) run += 1;
  return run >= 3 ? char.repeat(run) : null;
}

const isSeparator = (line: string) => line.trimEnd() === '---';
const KEY_VALUE = /^([A-Za-z_][\w-]*)\s*:(.*)$/;

/** A YAML scalar as Viva writes it (double-quoted JSON) or as typed, quotes removed. */
function scalar(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not JSON: YAML's own escapes are rare in a title; keep the text inside the quotes.
    }
    return value.slice(1, value.endsWith('"') && value.length > 1 ? -1 : undefined);
  }
  if (value.startsWith("'") && value.endsWith("'") && value.length > 1) return value.slice(1, -1).replaceAll("''", "'");
  return value;
}

function readHead(lines: readonly string[]): Map<string, string> {
  const head = new Map<string, string>();
  for (const line of lines) {
    const match = KEY_VALUE.exec(line);
    if (match) head.set(match[1]!, scalar(match[2]!));
  }
  return head;
}

/** Whether these lines read as a block of settings (every non-blank line "key: value" or indented under one). */
function isSettingsBlock(lines: readonly string[]): boolean {
  const filled = lines.filter((line) => line.trim() !== '');
  return filled.length > 0 && KEY_VALUE.test(filled[0]!) && filled.every((line) => KEY_VALUE.test(line) || /^\s/.test(line));
}

/** The deck's head matter and slides. `slideHead`: whether a slide may open with its own settings block (Slidev). */
export function splitSlides(text: string, slideHead: boolean): SplitDeck {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  let head = new Map<string, string>();
  let at = 0;
  if (lines[0] !== undefined && isSeparator(lines[0])) {
    const end = lines.findIndex((line, i) => i > 0 && isSeparator(line));
    if (end > 0 && isSettingsBlock(lines.slice(1, end))) {
      head = readHead(lines.slice(1, end));
      at = end + 1;
    }
  }
  const slides: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  let inComment = false;
  for (let i = at; i < lines.length; i += 1) {
    const line = lines[i]!;
    // Inside an HTML comment (speaker notes) a "---" line is text, as markdown-it reads it.
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      current.push(line);
      continue;
    }
    if (fence === null && line.trimStart().startsWith('<!--') && !line.slice(line.indexOf('<!--') + 4).includes('-->')) {
      inComment = true;
      current.push(line);
      continue;
    }
    const opens = fenceOf(line);
    if (fence !== null) {
      if (opens !== null && opens[0] === fence[0] && opens.length >= fence.length && line.trim() === opens) fence = null;
      current.push(line);
      continue;
    }
    if (opens !== null) fence = opens;
    if (!isSeparator(line)) {
      current.push(line);
      continue;
    }
    slides.push(current.join('\n'));
    current = [];
    if (!slideHead) continue;
    // Slidev: "---", settings, "---" opens the next slide with its own settings.
    const end = lines.findIndex((next, j) => j > i && isSeparator(next));
    if (end > i + 1 && isSettingsBlock(lines.slice(i + 1, end))) i = end;
  }
  slides.push(current.join('\n'));
  return { head, slides: slides.filter((slide) => slide.trim() !== '') };
}
