import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newBet } from '../../../shared/model/bets';
import { newFamily } from '../../../shared/model/families';
import { newFailureMode } from '../../../shared/model/limitations';
import { BEAT_KINDS, MAX_BULLETS } from '../../../shared/model/outline';
import { docFromText, plainText, richTextSchema } from '../../../shared/model/richText';
import { newStory, type Story } from '../../../shared/model/story';
import { appendNotes, mergeBullets, PULL_SOURCES, pullContent } from '../../../shared/story/pullContent';
import { bulletFrom } from '../../../shared/story/pullParts';

function filledStory(): Story {
  const story = newStory('Long-context QA', 0);
  story.fieldMap.coreTask = docFromText('In: a filing and a question. Out: an answer with pages.');
  story.fieldMap.challenge = docFromText('Evidence is spread far apart.');
  story.fieldMap.productUser = docFromText('A credit analyst who reads filings by hand.');
  story.fieldMap.constraints.latency = 'Under 10 s at p95';
  story.families.items = [
    { ...newFamily('Retrieval'), idea: 'Fetch the passages first.', winsWhen: [{ id: 'w1', text: 'when latency binds' }] },
    { ...newFamily('Long context'), idea: 'Read everything at once.' },
  ];
  story.contribution = {
    ...story.contribution,
    statement: 'We show retrieval recovers half the lost accuracy.',
    mainIdea: 'Retrieve, then reason over few passages',
    gap: 'No method keeps accuracy past 100k tokens.',
    myPart: 'I designed the retriever.',
  };
  story.contribution.altitudes.intuition = { text: docFromText('Read less, but the right part.'), why: 'It is cheap.' };
  story.checklist.items = story.checklist.items.map((item) => {
    if (item.builtinKey === 'strongBaselines') return { ...item, evidence: 'Compared with the 2025 leader.' };
    if (item.builtinKey === 'seedsVariance') return { ...item, evidence: 'Five seeds, ±0.4.' };
    if (item.builtinKey === 'sliceAnalysis') return { ...item, evidence: 'Worst on tables.' };
    return item;
  });
  story.limitations.failureModes = [{ ...newFailureMode(), where: 'Questions that need arithmetic.', evidence: '30 % errors' }];
  story.limitations.assumptions = docFromText('Filings are in English.');
  story.limitations.nextExperiment = 'Train on tables.';
  story.bets = [
    { ...newBet(), statement: 'Retrieval beats long context by 2027.', confidence: 70, horizon: '2027-01-01' },
    { ...newBet(), statement: 'Refuted bet.', status: 'refuted' },
  ];
  return story;
}

const notesOf = (story: Story, kind: (typeof BEAT_KINDS)[number]) => plainText(pullContent(story, kind)!.notes);

describe('pullContent', () => {
  it('has a source for every default beat kind and none for custom beats', () => {
    expect(pullContent(filledStory(), 'custom')).toBeNull();
    for (const kind of BEAT_KINDS.filter((k) => k !== 'custom')) expect(PULL_SOURCES[kind], kind).toBeDefined();
  });

  it('fills "main idea" from the contribution, with labels, and a bullet for the idea', () => {
    const pulled = pullContent(filledStory(), 'mainIdea')!;
    expect(plainText(pulled.notes)).toBe(
      [
        'The gap. No method keeps accuracy past 100k tokens.',
        'Main idea. Retrieve, then reason over few passages',
        'Contribution. We show retrieval recovers half the lost accuracy.',
        'My part. I designed the retriever.',
      ].join('\n'),
    );
    expect(pulled.notes.content[0]!.content![0]).toEqual({ type: 'text', text: 'The gap. ', marks: [{ type: 'bold' }] });
    expect(pulled.bullets).toEqual(['No method keeps accuracy past 100k tokens', 'Retrieve, then reason over few passages']);
    expect(pulled.isEmpty).toBe(false);
  });

  it('draws each kind from its own section', () => {
    const story = filledStory();
    expect(notesOf(story, 'problem')).toContain('The task. In: a filing and a question.');
    expect(notesOf(story, 'problem')).toContain('What makes it hard. Evidence is spread far apart.');
    expect(notesOf(story, 'priorWork')).toBe(
      'Retrieval. Fetch the passages first.\nRetrieval wins when:\nlatency binds\nLong context. Read everything at once.',
    );
    expect(pullContent(story, 'priorWork')!.bullets).toEqual(['Retrieval: wins when latency binds', 'Long context']);
    expect(notesOf(story, 'method')).toBe('Intuition. Read less, but the right part.\nWhy this choice. It is cheap.');
    expect(notesOf(story, 'setup')).toBe('Strong, current baselines. Compared with the 2025 leader.');
    expect(notesOf(story, 'results')).toBe('Several seeds, with variance or confidence intervals. Five seeds, ±0.4.');
    expect(notesOf(story, 'errorAnalysis')).toBe(
      'Per slice. Worst on tables.\nIt breaks. Questions that need arithmetic.\nEvidence. 30 % errors',
    );
    expect(notesOf(story, 'limitations')).toBe('Assumptions. Filings are in English.');
    expect(notesOf(story, 'futureWork')).toBe(
      'Next experiment. Train on tables.\nI bet (70 %, by 2027-01-01). Retrieval beats long context by 2027.',
    );
    expect(notesOf(story, 'impact')).toBe(
      'The user. A credit analyst who reads filings by hand.\nConstraints:\nLatency: Under 10 s at p95',
    );
    expect(pullContent(story, 'impact')!.bullets).toEqual(['Latency: Under 10 s at p95']);
  });

  it('leaves out checklist items marked not applicable', () => {
    const story = filledStory();
    story.checklist.items = story.checklist.items.map((i) =>
      i.builtinKey === 'strongBaselines' ? { ...i, status: 'notApplicable' as const } : i,
    );
    expect(pullContent(story, 'setup')!.isEmpty).toBe(true);
  });

  it('says when a new story has nothing to pull, with empty notes and no bullets', () => {
    const story = newStory('Empty', 0);
    for (const kind of BEAT_KINDS.filter((k) => k !== 'custom')) {
      const pulled = pullContent(story, kind)!;
      expect(pulled, kind).toMatchObject({ isEmpty: true, bullets: [] });
      expect(plainText(pulled.notes)).toBe('');
    }
  });

  it('always yields notes that pass the rich-text schema and bullets that fit on a slide', () => {
    const text = fc.string({ maxLength: 300 });
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const story = filledStory();
        story.contribution = { ...story.contribution, gap: a, statement: b, mainIdea: c.replace(/\n/g, ' ') };
        story.fieldMap.constraints.cost = a;
        story.limitations.failureModes[0]!.where = b;
        for (const kind of BEAT_KINDS) {
          const pulled = pullContent(story, kind);
          if (!pulled) continue;
          expect(richTextSchema.safeParse(pulled.notes).success).toBe(true);
          expect(pulled.bullets.length).toBeLessThanOrEqual(MAX_BULLETS);
          for (const bullet of pulled.bullets) {
            expect(bullet).not.toMatch(/\n/);
            expect(bullet.trim()).not.toBe('');
            expect(bullet.length).toBeLessThanOrEqual(500);
          }
        }
      }),
    );
  });
});

describe('bulletFrom', () => {
  it('takes the first sentence, without its full stop, past abbreviations', () => {
    expect(bulletFrom('Fewer tokens (e.g. 4k) suffice. Then more.')).toBe('Fewer tokens (e.g. 4k) suffice');
    expect(bulletFrom('Accuracy is 3.2 points higher! Really.')).toBe('Accuracy is 3.2 points higher!');
  });

  it('cuts a long sentence at a word and marks the cut', () => {
    const bullet = bulletFrom('word '.repeat(60));
    expect(bullet.length).toBeLessThanOrEqual(120);
    expect(bullet).toMatch(/word…$/);
  });
});

describe('appending and merging', () => {
  it('adds pulled notes below the existing text, dropping trailing empty lines', () => {
    const existing = { type: 'doc' as const, content: [...docFromText('Mine.').content, { type: 'paragraph' }] };
    expect(plainText(appendNotes(existing, docFromText('Pulled.')))).toBe('Mine.\nPulled.');
    expect(appendNotes(docFromText(''), docFromText('Pulled.'))).toEqual(docFromText('Pulled.'));
  });

  it('keeps every existing bullet and adds only new ones', () => {
    expect(mergeBullets(['Mine', ' ', 'shared'], ['Shared', 'new'])).toEqual(['Mine', 'shared', 'new']);
  });

  it('never drops an existing bullet, even at the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: MAX_BULLETS }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 10 }),
        (existing, addition) => {
          const merged = mergeBullets(existing, addition);
          const kept = existing.filter((b) => b.trim() !== '');
          expect(merged.slice(0, kept.length)).toEqual(kept);
          expect(merged.length).toBeLessThanOrEqual(MAX_BULLETS);
        },
      ),
    );
  });
});
