/*
 * A small model of what TeX prints for the LaTeX that escapeLatex writes: the text a reader sees.
 * It throws on anything TeX would not print as typed (a bare special character, an unknown
 * command, two hyphens that would join into a dash, two spaces that would fold into one), so a
 * test passing through it proves the escaping, not just the text.
 */

const COMMANDS: Readonly<Record<string, string>> = {
  '\\textbackslash{}': '\\',
  '\\textasciitilde{}': '~',
  '\\textasciicircum{}': '^',
  '\\textquotesingle{}': "'",
  '\\textasciigrave{}': '`',
  '\\textquotedbl{}': '"',
  '\\textless{}': '<',
  '\\textgreater{}': '>',
  '\\textbar{}': '|',
  '\\allowbreak{}': '',
  '\\{': '{',
  '\\}': '}',
  '\\#': '#',
  '\\$': '$',
  '\\%': '%',
  '\\&': '&',
  '\\_': '_',
  '\\ ': ' ',
  '{[}': '[',
  '{]}': ']',
  // An empty group prints nothing; it only keeps its neighbours from joining.
  '{}': '',
};

// Characters TeX treats specially, or that the T1 fonts would print as something else.
const NOT_AS_TYPED = new Set(['\\', '{', '}', '#', '$', '%', '&', '_', '^', '~', "'", '`', '"', '<', '>', '|', '[', ']']);
const LIGATURES = new Set(['--', ',,']);
const TOKENS = Object.keys(COMMANDS).sort((a, b) => b.length - a.length);

/** The text TeX prints for escaped LaTeX; throws where it would not print what was typed. */
export function typesetText(latex: string): string {
  let printed = '';
  let previousRaw = '';
  for (let i = 0; i < latex.length;) {
    const command = TOKENS.find((token) => latex.startsWith(token, i));
    if (command !== undefined) {
      printed += COMMANDS[command];
      previousRaw = '';
      i += command.length;
      continue;
    }
    const char = String.fromCodePoint(latex.codePointAt(i)!);
    if (NOT_AS_TYPED.has(char)) throw new Error(`bare ${JSON.stringify(char)} at ${i} in ${JSON.stringify(latex)}`);
    if (LIGATURES.has(previousRaw + char)) throw new Error(`ligature ${previousRaw + char} at ${i} in ${JSON.stringify(latex)}`);
    if (previousRaw === ' ' && char === ' ') throw new Error(`folded spaces at ${i} in ${JSON.stringify(latex)}`);
    printed += char;
    previousRaw = char;
    i += char.length;
  }
  return printed;
}
