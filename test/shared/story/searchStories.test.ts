import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../shared/model/richText';
import { newStarStory } from '../../../shared/model/starStory';
import { newStory } from '../../../shared/model/story';
import { searchStories } from '../../../shared/story/searchStories';

const retrieval = { ...newStory('Sparse retrieval', 0), id: 'r' };
const bandits = {
  ...newStory('Contextual bandits', 0),
  id: 'b',
  fieldMap: {
    ...newStory('x', 0).fieldMap,
    coreTask: docFromText('Choose which ad to show, given the user and a budget of exploration.'),
  },
};

describe('searchStories', () => {
  it('finds stories by title, ignoring case', () => {
    expect(searchStories([retrieval, bandits], 'SPARSE')).toEqual([{ id: 'r', snippet: null }]);
  });

  it('finds stories by their text, with a snippet of where', () => {
    const [hit] = searchStories([retrieval, bandits], 'exploration');
    expect(hit?.id).toBe('b');
    expect(hit?.snippet).toContain('budget of exploration');
  });

  it('needs every word of the query', () => {
    expect(searchStories([retrieval, bandits], 'ad budget')).toHaveLength(1);
    expect(searchStories([retrieval, bandits], 'ad retrieval')).toHaveLength(0);
  });

  it('finds stories by the text of their STAR stories', () => {
    const star = { ...newStarStory(), title: 'The evaluation I rebuilt', action: 'I rewrote the harness over a weekend.' };
    const behavioural = { ...newStory('Leadership', 0), id: 's', starStories: [star] };
    expect(searchStories([retrieval, behavioural], 'evaluation rebuilt')).toEqual([
      { id: 's', snippet: 'The evaluation I rebuilt' },
    ]);
    expect(searchStories([retrieval, behavioural], 'harness')[0]?.snippet).toContain('rewrote the harness');
  });

  it('does not match ids, statuses or other settings', () => {
    expect(searchStories([retrieval], 'notYet')).toHaveLength(0);
    expect(searchStories([retrieval], 'researchInterview')).toHaveLength(0);
  });
});

describe('searchStories with any query', () => {
  it('never throws, whatever the user types', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string(), (query) => {
        searchStories([retrieval, bandits], query);
      }),
    );
  });
});
