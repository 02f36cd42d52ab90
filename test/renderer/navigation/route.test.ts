import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../../renderer/navigation/route';
import { SECTION_IDS } from '../../../shared/model/sections';

describe('routes', () => {
  it('reads the places of the app from the hash', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/story/abc-1/bets')).toEqual({ name: 'story', storyId: 'abc-1', section: 'bets' });
    expect(parseRoute('#/story/abc-1')).toEqual({ name: 'story', storyId: 'abc-1', section: 'fieldMap' });
    expect(parseRoute('#/trash')).toEqual({ name: 'trash' });
  });

  it('falls back to the library for anything it does not know', () => {
    for (const hash of ['#/nowhere', '#/story/', '#/story/<script>/x', '#/%E0%A4%A', '#////']) {
      expect(parseRoute(hash).name, hash).toBe('library');
    }
  });

  it('round-trips every route it can format', () => {
    const route = fc.oneof(
      fc.constant<Route>({ name: 'library' }),
      fc.constant<Route>({ name: 'trash' }),
      fc.constantFrom<Route>(
        { name: 'preferences' },
        { name: 'history' },
        { name: 'deck' },
        { name: 'drills' },
        { name: 'backups' },
      ),
      fc.record({
        name: fc.constant('rehearse' as const),
        storyId: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { nil: null }),
      }),
      fc.record({ name: fc.constant('session' as const), sessionId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) }),
      fc.record({ name: fc.constant('readiness' as const), storyId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) }),
      fc.record({ name: fc.constant('cueCards' as const), storyId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) }),
      fc.record({
        name: fc.constant('story' as const),
        storyId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        section: fc.constantFrom(...SECTION_IDS),
      }),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(formatRoute(r))).toEqual(r);
      }),
    );
  });
});
