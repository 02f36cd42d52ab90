import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockingFindings, readFindings } from '../../scripts/audit/electronegativityFindings.mjs';
import { parseCsv } from '../../scripts/audit/parseCsv.mjs';

// A real report: electronegativity 1.10.3 run over a window with context isolation and the
// sandbox turned off, and navigation handed to shell.openExternal.
const insecureReport = readFileSync('test/fixtures/electronegativity/insecureWindow.csv', 'utf8');

function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map((field) => `"${field.replaceAll('"', '""')}"`).join(',')).join('\r\n');
}

describe('parseCsv', () => {
  it('reads quoted fields holding commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\n1,N/A,3,4\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['1', 'N/A', '3', '4'],
    ]);
  });

  it('gives back any table it is handed as quoted CSV', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é', 'x') });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(table, (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('refuses a report cut off inside a quoted field', () => {
    expect(() => parseCsv('a,"unfinished')).toThrow(/inside a quoted field/);
  });
});

describe('the audit gate', () => {
  const findings = readFindings(insecureReport);

  it('reads every finding of a real report', () => {
    expect(findings.map((finding) => finding.check)).toContain('CONTEXT_ISOLATION_JS_CHECK');
    const sandbox = findings.find((finding) => finding.check === 'SANDBOX_JS_CHECK');
    expect(sandbox).toMatchObject({ severity: 'MEDIUM', file: 'main.js', location: '2:98' });
    expect(sandbox?.sample).toContain('sandbox: false');
  });

  it('fails on every HIGH and MEDIUM finding nobody reviewed', () => {
    const blocking = blockingFindings(findings, [], 'sources');
    expect(blocking.length).toBe(findings.filter((f) => ['HIGH', 'MEDIUM'].includes(f.severity)).length);
    expect(blocking.map((finding) => finding.check)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    );
  });

  it('lets a reviewed finding through only for its own file, code and scan', () => {
    const openExternal = findings.find((finding) => finding.check === 'OPEN_EXTERNAL_JS_CHECK')!;
    const review = {
      check: openExternal.check,
      files: ['main.js'],
      sample: openExternal.sample,
      reason: 'checked',
      scan: 'sources',
    };
    expect(blockingFindings([openExternal], [review], 'sources')).toEqual([]);
    expect(blockingFindings([openExternal], [review], 'build output')).toEqual([openExternal]);
    expect(blockingFindings([openExternal], [{ ...review, files: ['other.js'] }], 'sources')).toEqual([openExternal]);
    const elsewhere = { ...openExternal, sample: 'shell.openExternal(userInput);' };
    expect(blockingFindings([elsewhere], [review], 'sources')).toEqual([elsewhere]);
  });

  it('lets a reviewed fragment of a hashed bundle through, and nothing else in that bundle or in another', () => {
    const polyfill = 'var x;u.setImmediate=function(e){typeof e!=`function`&&(e=Function(``+e));for(;;);';
    const finding = {
      ...findings[0]!,
      check: 'DANGEROUS_FUNCTIONS_JS_CHECK',
      severity: 'MEDIUM',
      file: 'renderer/assets/pptxDeck-kABkLXuB.js',
      sample: polyfill,
    };
    const review = {
      check: 'DANGEROUS_FUNCTIONS_JS_CHECK',
      files: ['renderer/assets/pptxDeck-*.js'],
      fragment: 'typeof e!=`function`&&(e=Function(``+e));',
      reason: 'checked',
    };
    expect(blockingFindings([finding], [review], 'build output')).toEqual([]);
    const otherCode = { ...finding, sample: 'new Function(userText)()' };
    const otherChunk = { ...finding, file: 'renderer/assets/index-kABkLXuB.js' };
    const lookalike = { ...finding, file: 'renderer/assets/notpptxDeck-kABkLXuB.js' };
    expect(blockingFindings([otherCode, otherChunk, lookalike], [review], 'build output')).toEqual([
      otherCode,
      otherChunk,
      lookalike,
    ]);
  });

  it('ignores low findings', () => {
    expect(blockingFindings([{ ...findings[0]!, severity: 'LOW' }], [], 'sources')).toEqual([]);
  });

  it('rejects a report whose columns it does not know', () => {
    expect(() => readFindings('id,level\nX,HIGH\n')).toThrow(/Unexpected electronegativity report header/);
  });
});
