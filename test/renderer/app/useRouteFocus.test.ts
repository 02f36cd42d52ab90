import { afterEach, describe, expect, it } from 'vitest';
import { shouldFocusNewPlace } from '../../../renderer/app/useRouteFocus';

describe('moving focus to a new place', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('takes focus that went nowhere, or that sits on the top bar link just followed', () => {
    document.body.innerHTML = '<header class="top-bar"><a href="#/drills" id="drills">Drills</a></header><main></main>';
    expect(shouldFocusNewPlace(document.body, document.body)).toBe(true);
    expect(shouldFocusNewPlace(null, document.body)).toBe(true);
    expect(shouldFocusNewPlace(document.getElementById('drills'), document.body)).toBe(true);
    const gone = document.createElement('button');
    expect(shouldFocusNewPlace(gone, document.body)).toBe(true);
  });

  it('leaves focus that a place put on purpose', () => {
    document.body.innerHTML =
      '<main><nav><a href="#/story/a/bets" id="section">Bets</a></nav><textarea id="field"></textarea></main>';
    expect(shouldFocusNewPlace(document.getElementById('field'), document.body)).toBe(false);
    expect(shouldFocusNewPlace(document.getElementById('section'), document.body)).toBe(false);
  });
});
