/**
 * The switches every Chromium the tests and scripts start runs with: offline, quiet, and without
 * the sandbox (the build machines run as root). Plain JavaScript, so scripts/*.mjs can read it too.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
