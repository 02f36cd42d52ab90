/*
 * Runs the real tools on an exported deck: pdflatex, then poppler's pdftotext, pdfinfo and
 * pdffonts on the PDF. A missing tool fails the test with how to install it; it is never skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INSTALL =
  'apt-get install -y --no-install-recommends texlive-latex-recommended texlive-fonts-recommended texlive-pictures poppler-utils';

function run(tool: string, args: readonly string[], cwd: string): { status: number | null; stdout: string } {
  const result = spawnSync(tool, args, { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${tool} is not installed, and these tests need it. Install it with: ${INSTALL}`);
  }
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout };
}

/** Fails with an install hint unless pdflatex and the poppler tools are on the PATH. */
export function requireLatexTools(): void {
  for (const tool of ['pdflatex', 'pdftotext', 'pdfinfo', 'pdffonts']) run(tool, ['-v'], tmpdir());
}

export interface CompiledDeck {
  /** The PDF's text as pdftotext -raw reads it. */
  text: string;
  log: string;
  /** The link targets in the PDF (pdfinfo -url). */
  urls: string[];
  /** The font types in the PDF (pdffonts), e.g. "Type 1". */
  fontTypes: string[];
  pages: number;
  folder: string;
}

function errorsOf(log: string): string {
  const start = log.search(/^! /m);
  return start < 0 ? log.slice(-3000) : log.slice(start, start + 3000);
}

/** Compiles LaTeX in a new temporary folder (kept on failure, for reading); twice only if LaTeX asks. */
export function compileLatex(tex: string, name = 'deck'): CompiledDeck {
  const folder = mkdtempSync(join(tmpdir(), 'viva-beamer-'));
  writeFileSync(join(folder, `${name}.tex`), tex);
  const args = ['-interaction=nonstopmode', '-halt-on-error', `${name}.tex`];
  let compiled = run('pdflatex', args, folder);
  let log = readFileSync(join(folder, `${name}.log`), 'latin1');
  if (compiled.status === 0 && /Rerun to get cross-references right|Label\(s\) may have changed/.test(log)) {
    compiled = run('pdflatex', args, folder);
    log = readFileSync(join(folder, `${name}.log`), 'latin1');
  }
  if (compiled.status !== 0) throw new Error(`pdflatex failed on ${join(folder, `${name}.tex`)}:\n${errorsOf(log)}`);
  const pdf = `${name}.pdf`;
  // -raw: in the order TeX wrote it. The default layout splits lines at wide spaces (a run of
  // typed spaces) and joins a line ending in "-" to the next, dropping the hyphen.
  const text = run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], folder).stdout;
  const info = run('pdfinfo', [pdf], folder).stdout;
  const urls = run('pdfinfo', ['-url', pdf], folder)
    .stdout.split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/).slice(2).join(' '))
    .filter((url) => url !== '');
  const fontTypes = run('pdffonts', [pdf], folder)
    .stdout.split('\n')
    .slice(2)
    .map((line) => /\b(Type 1C?|Type 3|TrueType|CID \S+)\b/.exec(line)?.[1] ?? '')
    .filter((type) => type !== '');
  return { text, log, urls, fontTypes, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), folder };
}

/** Removes a compiled deck's folder. */
export function removeCompiled(deck: CompiledDeck): void {
  rmSync(deck.folder, { recursive: true, force: true });
}
