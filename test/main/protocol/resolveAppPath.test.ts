import { resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mimeType } from '../../../main/protocol/mimeType';
import { resolveAppPath } from '../../../main/protocol/resolveAppPath';

const root = resolve('/opt/viva/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppPath('app://viva/index.html', root)).toBe(`${root}${sep}index.html`);
    expect(resolveAppPath('app://viva/', root)).toBe(`${root}${sep}index.html`);
    expect(resolveAppPath('app://viva/assets/index-1.js?v=2#x', root)).toBe(resolve(root, 'assets/index-1.js'));
  });

  it('keeps a dot-dot path inside the folder (the URL parser resolves it first)', () => {
    expect(resolveAppPath('app://viva/../main/index.js', root)).toBe(resolve(root, 'main/index.js'));
    expect(resolveAppPath('app://viva/%2e%2e/%2e%2e/etc/passwd', root)).toBe(resolve(root, 'etc/passwd'));
  });

  it('refuses traversal, encoded separators and foreign URLs', () => {
    for (const url of [
      'app://viva/assets/..%2f..%2fsecret',
      'app://viva/a%5c..%5c..%5csecret',
      'app://viva/a%00.js',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(resolveAppPath(url, root), url).toBeNull();
    }
  });

  it('never resolves outside the renderer folder, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2f', 'assets', '%5c', ''), fc.string()), { maxLength: 8 }),
        (parts) => {
          const target = resolveAppPath(`app://viva/${parts.join('/')}`, root);
          return target === null || target.startsWith(root + sep);
        },
      ),
    );
  });
});

describe('mimeType', () => {
  it('names the types the renderer needs and falls back to octet-stream', () => {
    expect(mimeType('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('/x/README')).toBe('application/octet-stream');
  });
});
