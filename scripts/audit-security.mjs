#!/usr/bin/env node
/*
 * The security audit: @doyensec/electronegativity over the main-process sources and over the
 * build output. The scanner exits 0 whatever it finds, so this reads its CSV report and fails on
 * any HIGH or MEDIUM finding that is not listed, with a reason, in
 * tools/electronegativity/reviewed.json. The scanner lives in its own folder (about 150 MB that
 * never ships) and is installed there on first use.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { blockingFindings, readFindings } from './audit/electronegativityFindings.mjs';

const toolDir = resolve('tools/electronegativity');
const scanner = join(toolDir, 'node_modules/.bin/electronegativity');
const workDir = resolve('.test-results/audit');
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const reviewed = JSON.parse(readFileSync(join(toolDir, 'reviewed.json'), 'utf8')).findings;

if (!existsSync(scanner)) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(npm, ['ci', '--prefix', toolDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) {
    console.error('Could not install electronegativity into tools/electronegativity.');
    process.exit(1);
  }
}
if (!existsSync('out/main/index.js')) {
  console.error('Build the app first (electron-vite build): the audit scans its output in out/.');
  process.exit(1);
}

rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
// Sources: the main process and preload, with the code they import from shared/.
const sourcesDir = join(workDir, 'sources');
for (const folder of ['main', 'shared']) cpSync(folder, join(sourcesDir, folder), { recursive: true });
cpSync('package.json', join(sourcesDir, 'package.json'));

const scans = [
  { label: 'sources', input: sourcesDir },
  { label: 'build output', input: resolve('out') },
];

/** Run one scan; both run at once (each spends most of its time waiting, not computing). */
function runScan(/** @type {{ label: string, input: string }} */ scan) {
  const report = join(workDir, `${scan.label.replace(' ', '-')}.csv`);
  const args = ['-i', scan.input, '-r', '-v', 'false', '-e', electronVersion, '-o', report];
  return new Promise((resolve) => {
    const child = spawn(scanner, args);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ scan, report, isOk: code === 0 && existsSync(report), stderr }));
  });
}

let blocking = 0;
const results = /** @type {{ scan: { label: string }, report: string, isOk: boolean, stderr: string }[]} */ (
  await Promise.all(scans.map(runScan))
);
for (const { scan, report, isOk, stderr } of results) {
  if (!isOk) {
    console.error(`electronegativity failed on the ${scan.label}:\n${stderr}`);
    process.exit(1);
  }
  const findings = readFindings(readFileSync(report, 'utf8'));
  const failing = blockingFindings(findings, reviewed, scan.label);
  console.log(`${scan.label}: ${findings.length} findings, ${failing.length} blocking`);
  for (const finding of findings) {
    const mark = failing.includes(finding) ? '✗' : '·';
    // A minified bundle's "line" can be a whole library: show its start only.
    const sample = finding.sample.length > 160 ? `${finding.sample.slice(0, 160)}…` : finding.sample;
    console.log(`  ${mark} ${finding.severity} ${finding.check} ${finding.file}:${finding.location} ${sample}`);
  }
  blocking += failing.length;
}
if (blocking > 0) {
  console.error(
    `\n${blocking} HIGH or MEDIUM finding(s) not reviewed. Fix them, or review them in tools/electronegativity/reviewed.json.`,
  );
  process.exit(1);
}
console.log('Security audit clean: no unreviewed HIGH or MEDIUM finding.');
