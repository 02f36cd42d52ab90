import { describe, expect, it } from 'vitest';
import { searchCritiques } from '../../../shared/critique/searchCritiques';
import { newCritique } from '../../../shared/model/critique';
import { strongCritique } from './strongCritique';

describe('searchCritiques', () => {
  it('finds a critique by its paper title, or by its text with a snippet around the match', () => {
    const strong = strongCritique();
    const other = newCritique('Dense retrieval revisited', 0);
    expect(searchCritiques([strong, other], 'sparse adapters')).toEqual([{ id: strong.id, snippet: null }]);
    const [hit] = searchCritiques([strong, other], 'noise seeds');
    expect(hit?.id).toBe(strong.id);
    expect(hit?.snippet).toContain('within seed noise');
    expect(searchCritiques([strong, other], 'dense')).toEqual([{ id: other.id, snippet: null }]);
    expect(searchCritiques([strong, other], 'transformer')).toEqual([]);
  });
});
