/*
 * The start of the Beamer file, up to \begin{document}: a comment telling the reader how to
 * compile it and show the notes, then the packages and settings. It compiles with pdflatex from
 * Debian's texlive-latex-recommended, texlive-fonts-recommended and texlive-pictures (Helvetica
 * from psnfss and the TX fonts: Latin Modern is a separate package there), and with xelatex or
 * lualatex through fontspec.
 */

const NOTES_HELP = [
  "% Speaker notes: each slide's notes are in its \\note; as the file stands, the PDF leaves them out.",
  '% To see them, uncomment the \\setbeameroption line below and compile again: each page then',
  '% shows the slide on the left and its notes on the right. Present that PDF with pdfpc',
  '% (pdfpc --notes=right deck.pdf), which shows the slides to the audience and the notes to you.',
  '% For printing, use \\setbeameroption{show notes} instead: each notes page follows its slide.',
];

const NO_NOTES_HELP = ['% This file was exported without speaker notes.'];

function header(includeNotes: boolean): string[] {
  return [
    '% A talk outline exported from Viva as a LaTeX Beamer deck.',
    '% Compile it with pdflatex. On Debian or Ubuntu, that needs:',
    '%   apt-get install texlive-latex-recommended texlive-fonts-recommended texlive-pictures',
    '%',
    ...(includeNotes ? NOTES_HELP : NO_NOTES_HELP),
    '%',
    '% Characters pdflatex cannot print (Chinese, Japanese, emoji and rarer symbols) are shown as',
    '% [U+...], their Unicode number. To keep them, compile with xelatex or lualatex instead, after',
    '% adding a font that has them to the fontspec branch below, e.g. \\setsansfont{Noto Sans CJK SC}.',
  ];
}

const PACKAGES = [
  '\\documentclass{beamer}',
  '\\usepackage{iftex}',
  '\\ifPDFTeX',
  '  \\usepackage[utf8]{inputenc}',
  '  \\usepackage[T1]{fontenc}',
  '  \\usepackage{textcomp}',
  '  \\usepackage{helvet}',
  '  % TX typewriter for code: unlike Courier it has every T1 and TS1 character (dashes, the euro).',
  '  \\renewcommand\\ttdefault{txtt}',
  '  % Symbols Helvetica lacks (an arrow, a backtick) come from the TX fonts, which have',
  "  % them all, rather than from Computer Modern, which is only a bitmap font in Debian's packages.",
  '  \\renewcommand\\rmsubstdefault{txr}',
  '  \\renewcommand\\sfsubstdefault{txss}',
  '  \\renewcommand\\ttsubstdefault{txtt}',
  '  % Helvetica\'s euro is a C with bars drawn over it, which search and copy read as "C".',
  '  \\DeclareUnicodeCharacter{20AC}{{\\fontfamily{txss}\\selectfont\\texteuro}}',
  '  % \\vivaFallback{<character>}{<hex>}: a character LaTeX has no definition for prints as [U+<hex>].',
  '  \\newcommand\\vivaFallback[2]{%',
  '    \\expandafter\\ifx\\csname u8:\\detokenize{#1}\\endcsname\\relax',
  '      \\DeclareUnicodeCharacter{#2}{\\vivaMissing{#2}}%',
  '      \\typeout{Viva: U+#2 is printed as [U+#2]}%',
  '    \\fi}',
  '\\else',
  '  \\usepackage{fontspec}',
  '  \\newcommand\\vivaFallback[2]{}',
  '\\fi',
  '\\DeclareRobustCommand\\vivaMissing[1]{[U+#1]}',
  '\\pdfstringdefDisableCommands{\\def\\vivaMissing#1{[U+#1]}\\def\\allowbreak{}}',
];

const LOOK = [
  '\\usetheme{default}',
  '\\setbeamertemplate{navigation symbols}{}',
  '% Notes are set ragged right with space between paragraphs, easier to find your place in.',
  '\\setbeamertemplate{note page}{\\raggedright\\setlength{\\parskip}{0.5em}\\insertnote\\par}',
  '% Slides are read at a glance: words are never split with a hyphen.',
  '\\hyphenpenalty=10000',
];

/** Everything before \begin{document}; `titles` are the \title, \subtitle and \date lines, `fallbacks` unicodeFallbacks' lines. */
export function beamerPreamble(includeNotes: boolean, titles: readonly string[], fallbacks: string): string {
  const showNotes = includeNotes ? ['% \\setbeameroption{show notes on second screen=right}'] : [];
  return [...header(includeNotes), ...PACKAGES, ...LOOK, ...showNotes, ...titles, ...(fallbacks === '' ? [] : [fallbacks])].join(
    '\n',
  );
}
