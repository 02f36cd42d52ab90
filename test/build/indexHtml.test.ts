import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';

describe('the built index.html', () => {
  const path = 'out/renderer/index.html';

  it('exists (npm test builds before testing)', () => {
    expect(existsSync(path)).toBe(true);
  });

  it('carries the strict content security policy before any script', () => {
    const html = readFileSync(path, 'utf8').replaceAll('&#39;', "'");
    const metaAt = html.indexOf(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`);
    expect(metaAt).toBeGreaterThan(-1);
    expect(metaAt).toBeLessThan(html.indexOf('<script'));
  });

  it('loads no inline script and nothing from another origin', () => {
    const html = readFileSync(path, 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
