import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { storyMarkdown } from '../../../shared/export/storyMarkdown';
import { newFamily } from '../../../shared/model/families';
import { docFromText } from '../../../shared/model/richText';
import { newStory, type Story } from '../../../shared/model/story';
import { storyArb } from '../arbitraries/storyArbitrary';

const md = new MarkdownIt('commonmark').enable(['table']);
type Token = ReturnType<typeof md.parse>[number];

/** The text a reader sees in an inline token. */
function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : child.content))
    .join('');
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Headings (level and text) and tables (rows of cell texts) of a markdown document. */
function outlineOf(source: string) {
  const tokens = md.parse(source, {});
  const headings: string[] = [];
  const tables: string[][][] = [];
  let row: string[] | null = null;
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') headings.push(`${token.tag} ${tidy(inlineText(tokens[i + 1]!))}`);
    if (token.type === 'table_open') tables.push([]);
    if (token.type === 'tr_open') row = [];
    if ((token.type === 'th_open' || token.type === 'td_open') && row)
      row.push(tidy(inlineText(tokens[i + 1]!).replace(/\n/g, ' ')));
    if (token.type === 'tr_close' && row) tables.at(-1)!.push(row);
  });
  return { headings, tables, html: tokens.filter((t) => t.type === 'html_block').length };
}

function expectedHeadings(story: Story): string[] {
  const h3 = (text: string) => `h3 ${tidy(text) || '(untitled)'}`;
  return [
    `h1 ${tidy(story.title)}`,
    'h2 Field map',
    'h2 Method families',
    ...story.families.items.map((f) => h3(f.name)),
    'h2 Falsifiable bets',
    ...story.bets.map((_, i) => `h3 Bet ${i + 1}`),
    'h2 Contribution',
    'h2 Experiment checklist',
    'h2 Limitations',
    'h2 Talk outline',
    ...story.outline.beats.map((b, i) =>
      h3(`${i + 1}. ${b.title} (${Math.floor(b.budgetMs / 60_000)}:${String((b.budgetMs / 1000) % 60).padStart(2, '0')})`),
    ),
  ];
}

describe('storyMarkdown', () => {
  it('keeps its structure whatever the user typed: every heading, and the families table cell for cell', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const output = storyMarkdown(story);
        const { headings, tables, html } = outlineOf(output);
        expect(headings, output).toEqual(expectedHeadings(story));
        expect(html).toBe(0);
        expect(output.match(/^- \[[ x]\] /gm) ?? []).toHaveLength(story.checklist.items.length);
        const families = story.families;
        if (families.items.length > 0) {
          const matrix = tables[0]!;
          expect(matrix[0]).toEqual(['Family', ...families.axes.map((a) => tidy(a.name))]);
          expect(matrix.slice(1).map((row) => row[0])).toEqual(families.items.map((f) => tidy(f.name)));
          for (const row of matrix) expect(row).toHaveLength(families.axes.length + 1);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('is the same bytes for the same story', () => {
    fc.assert(
      fc.property(storyArb, (story) => storyMarkdown(story) === storyMarkdown(structuredClone(story))),
      { numRuns: 50 },
    );
  }, 60_000);

  it('writes the checklist as a task list, the bets with confidence and horizon, and the rated families matrix', () => {
    const base = newStory('Retrieval | at *scale*', Date.UTC(2026, 0, 1));
    const [axis] = base.families.axes;
    const story: Story = {
      ...base,
      families: {
        axes: [axis!],
        items: [{ ...newFamily('Dense'), ratings: { [axis!.id]: { score: 4, note: 'fast on GPUs\nslow on CPUs' } } }],
      },
      bets: [
        {
          id: 'b1',
          statement: 'Sparse wins by 2027.',
          horizon: '2027-06-30',
          confidence: 70,
          evidence: '',
          disconfirming: '',
          status: 'open',
          reviews: [],
        },
      ],
      checklist: {
        items: [
          { ...base.checklist.items[0]!, title: 'Baselines tuned', status: 'addressed', evidence: 'Same 64-trial budget.' },
          { ...base.checklist.items[1]!, title: 'Seeds', status: 'notYet', evidence: '' },
        ],
      },
      outline: {
        talkMs: 20 * 60_000,
        beats: [{ ...base.outline.beats[0]!, bullets: ['- not a sub-list'], notes: docFromText('# not a heading') }],
      },
    };
    const output = storyMarkdown(story);
    expect(output).toContain('# Retrieval \\| at \\*scale\\*\n');
    expect(output).toContain('| Family | Quality |\n| --- | --- |\n| Dense | 4/5 Good — fast on GPUs<br>slow on CPUs |');
    expect(output).toContain('**Confidence:** 70 %\n\n**Horizon:** 2027-06-30');
    expect(output).toContain('- [x] Baselines tuned (Addressed)\\\n  Evidence: Same 64-trial budget.\n- [ ] Seeds (Not yet)');
    expect(output).toContain(
      '### 1. Problem and motivation (2:00)\n\n- \\- not a sub-list\n\n**Speaker notes**\n\n\\# not a heading',
    );
  });
});

describe('the export’s field headings', () => {
  it('are the labels the screens show, so the two cannot drift', () => {
    const story = newStory('Labels', Date.parse('2026-11-23T12:00:00Z'));
    story.contribution.statement = 'We show X.';
    story.contribution.mainIdea = 'Index entities.';
    story.contribution.gap = 'Dense retrievers fail past 100k tokens.';
    story.limitations.computeDown = 'Only the lookup drafts.';
    const output = storyMarkdown(story);
    expect(output).toContain('**Contribution statement:** We show X.');
    expect(output).toContain('**The main idea, in one line:** Index entities.');
    expect(output).toContain('**The gap in prior work:** Dense retrievers fail past 100k tokens.');
    expect(output).toContain('**With a tenth of the compute:** Only the lookup drafts.');
  });
});
