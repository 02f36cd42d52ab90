/*
 * The size of what a dynamic import loads: the chunk named after a module, with every chunk it
 * imports in turn, less what the start-up page has already loaded. Read from the built files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Chunks a built chunk imports (Rollup writes them as relative imports of sibling files).
 * @param {string} assetsDir
 * @param {string} file
 * @returns {string[]}
 */
function importsOf(assetsDir, file) {
  const code = readFileSync(join(assetsDir, file), 'utf8');
  return [...code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * Every chunk reachable from `entries` by static imports.
 * @param {string} assetsDir
 * @param {string[]} entries
 */
function closure(assetsDir, entries) {
  /** @type {Set<string>} */
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(assetsDir, file));
  }
  return seen;
}

/**
 * Gzipped kB a user's first use of `moduleName` downloads beyond start-up.
 * @param {string} rendererDir the built renderer (holding index.html and assets/)
 * @param {string} moduleName the source file's name without extension, e.g. "pptxDeck"
 */
export function lazyChunkSize(rendererDir, moduleName) {
  const assetsDir = join(rendererDir, 'assets');
  const files = readdirSync(assetsDir).filter((f) => f.endsWith('.js'));
  const entry = files.find((f) => f.startsWith(`${moduleName}-`));
  if (!entry) throw new Error(`No chunk named ${moduleName} in ${assetsDir}: is it still loaded lazily?`);
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const startup = closure(
    assetsDir,
    [...html.matchAll(/assets\/([\w.-]+\.js)/g)].map((m) => /** @type {string} */ (m[1])),
  );
  const lazy = [...closure(assetsDir, [entry])].filter((f) => !startup.has(f));
  const bytes = lazy.reduce((sum, f) => sum + gzipSync(readFileSync(join(assetsDir, f))).length, 0);
  return { kB: bytes / 1024, files: lazy };
}
