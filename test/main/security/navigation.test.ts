import { describe, expect, it } from 'vitest';
import { decideNavigation } from '../../../main/security/navigation';
import { decideWindowOpen } from '../../../main/security/windowOpen';

describe('decideNavigation', () => {
  it('never lets the window navigate, and sends https links to the browser', () => {
    expect(decideNavigation('https://arxiv.org/abs/1706.03762')).toEqual({
      allow: false,
      openExternally: 'https://arxiv.org/abs/1706.03762',
    });
  });

  it('does not open anything for file, javascript or plain http targets', () => {
    for (const url of ['file:///home/me/notes.md', 'javascript:alert(1)', 'http://example.com/']) {
      expect(decideNavigation(url)).toEqual({ allow: false, openExternally: null });
    }
  });
});

describe('decideWindowOpen', () => {
  it('denies every new window', () => {
    expect(decideWindowOpen('https://example.com/').action).toBe('deny');
    expect(decideWindowOpen('app://viva/index.html').action).toBe('deny');
  });

  it('hands https targets to the system browser instead', () => {
    expect(decideWindowOpen('https://example.com/a?b=c').openExternally).toBe('https://example.com/a?b=c');
    expect(decideWindowOpen('about:blank').openExternally).toBeNull();
  });
});
