import { describe, expect, it } from 'vitest';
import { createLiveWords } from '../../../../renderer/features/story/outline/liveWords';
import { docFromText } from '../../../../shared/model/richText';

describe('live word counts of notes being typed', () => {
  it('holds a count only while the stored notes are the ones it was typed over', () => {
    const live = createLiveWords();
    const stored = docFromText('two words');
    live.set('beat', 5, stored);
    expect(live.get('beat', stored)).toBe(5);
    expect(live.get('other', stored)).toBeUndefined();
    // A save (or a pull, or an undo) replaces the notes: the stored text is the truth again.
    expect(live.get('beat', docFromText('two words'))).toBeUndefined();
  });

  it('tells listeners only when a count changes', () => {
    const live = createLiveWords();
    const stored = docFromText('');
    let calls = 0;
    const stop = live.subscribe(() => (calls += 1));
    live.set('beat', 3, stored);
    live.set('beat', 3, stored);
    expect(calls).toBe(1);
    const version = live.version();
    live.set('beat', 4, stored);
    expect(calls).toBe(2);
    expect(live.version()).toBeGreaterThan(version);
    stop();
    live.set('beat', 5, stored);
    expect(calls).toBe(2);
  });
});
