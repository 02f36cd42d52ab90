import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { critiqueMarkdown } from '../../../shared/export/critiqueMarkdown';
import {
  LENS_STANDINGS,
  newCritique,
  RIGOR_LENSES,
  VERDICT_CALLS,
  type Critique,
  type LensReading,
  type RigorLens,
} from '../../../shared/model/critique';
import { docArb, lineArb, textArb, titleArb } from '../arbitraries/storyArbitrary';
import { strongCritique } from './strongCritique';

const md = new MarkdownIt('commonmark');
type Token = ReturnType<typeof md.parse>[number];
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
const inlineText = (token: Token) =>
  (token.children ?? []).map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.content)).join('');

const linesArb = fc.array(lineArb, { maxLength: 4 }).map((texts) => texts.map((text, i) => ({ id: `l${i}`, text })));
const readingArb: fc.Arbitrary<LensReading> = fc.record({
  standing: fc.constantFrom(...LENS_STANDINGS),
  finding: textArb,
  experiment: lineArb,
});

const critiqueArb: fc.Arbitrary<Critique> = fc
  .record({
    title: titleArb,
    authors: lineArb,
    link: fc.oneof(lineArb, fc.constant('https://example.org/a (b) <c>'), fc.constant('javascript:alert(1)')),
    summary: docArb,
    claims: linesArb,
    strengths: linesArb,
    weaknesses: linesArb,
    extensions: linesArb,
    readings: fc.array(readingArb, { minLength: 7, maxLength: 7 }),
    call: fc.constantFrom(null, ...VERDICT_CALLS),
    condition: lineArb,
  })
  .map((r) => {
    const base = newCritique(r.title, 0);
    return {
      ...base,
      paper: { title: r.title, authors: r.authors, venue: '', link: r.link },
      summary: r.summary,
      claims: r.claims,
      strengths: r.strengths,
      weaknesses: r.weaknesses,
      extensions: r.extensions,
      lenses: Object.fromEntries(RIGOR_LENSES.map((lens, i) => [lens, r.readings[i]!])) as Record<RigorLens, LensReading>,
      verdict: { call: r.call, reasoning: base.verdict.reasoning, changeCondition: r.condition },
    };
  });

function structureOf(source: string) {
  const tokens = md.parse(source, {});
  const headings: string[] = [];
  let bullets = 0;
  let depth = 0;
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') headings.push(`${token.tag} ${tidy(inlineText(tokens[i + 1]!))}`);
    if (token.type === 'bullet_list_open') depth += 1;
    if (token.type === 'bullet_list_close') depth -= 1;
    if (token.type === 'list_item_open' && depth === 1 && token.markup === '-') bullets += 1;
  });
  const links = tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === 'link_open').map((c) => c.attrGet('href')));
  return { headings, bullets, links, html: tokens.filter((t) => t.type === 'html_block').length };
}

describe('critiqueMarkdown', () => {
  it('keeps its structure whatever was typed: every heading, one bullet per filled line, no HTML, only safe links', () => {
    fc.assert(
      fc.property(critiqueArb, (critique) => {
        const output = critiqueMarkdown(critique);
        const { headings, html, links } = structureOf(output);
        const h2 = headings.filter((h) => h.startsWith('h2 '));
        expect(headings[0], output).toBe(`h1 Critique: ${tidy(critique.paper.title) || 'Untitled paper'}`);
        expect(h2).toEqual([
          'h2 Summary',
          'h2 Claims',
          'h2 Rigor lenses',
          'h2 Strongest points',
          'h2 Weakest points',
          'h2 The experiment to ask the authors for',
          'h2 Where to take it next',
          'h2 Verdict',
        ]);
        expect(headings.filter((h) => h.startsWith('h3 '))).toHaveLength(RIGOR_LENSES.length);
        expect(html).toBe(0);
        for (const href of links) expect(href).toMatch(/^(https?:|mailto:)/);
        const sections = output.split(/\n## /);
        const claims = sections.find((s) => s.startsWith('Claims\n'))!.slice('Claims\n'.length);
        const filled = critique.claims.filter((c) => c.text.trim() !== '').length;
        expect(structureOf(claims).bullets).toBe(filled);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('writes the paper, the lenses with their experiments, and the verdict with its condition', () => {
    const output = critiqueMarkdown(strongCritique());
    expect(output).toContain('# Critique: Sparse Mixtures of Adapters for Low-Resource Translation\n');
    expect(output).toContain(
      '**Link:** [https://example.org/papers/sparse-adapters.pdf](https://example.org/papers/sparse-adapters.pdf)',
    );
    expect(output).toContain('### Variance: attack\n\n**Finding:** One seed per cell, and the gains are about one point.');
    expect(output).toContain('**Experiment to settle it:** Five seeds per setting with the standard deviation reported.');
    expect(output).toContain('### Baselines and their tuning: holds up');
    expect(output).toContain('**Call:** Lean accept');
    expect(output).toContain(
      '**What would change it:** If the gain falls within seed noise over five seeds, I would lean reject.',
    );
    expect(output.endsWith('\n')).toBe(true);
  });

  it('leaves an unsafe link as plain text', () => {
    const strong = strongCritique();
    const output = critiqueMarkdown({ ...strong, paper: { ...strong.paper, link: 'javascript:alert(1)' } });
    expect(structureOf(output).links).toEqual([]);
    expect(output).toContain('**Link:** javascript:alert(1)');
  });
});
