import { RIGOR_LENSES, critiqueTitle, type Critique, type CritiqueLine } from '../model/critique';
import { plainText } from '../model/richText';
import { searchDocuments, type SearchHit } from '../story/searchStories';

const lineTexts = (lines: readonly CritiqueLine[]) => lines.map((line) => line.text);

/** Every text the user wrote in a critique, the paper's title first, blanks left out. */
export function critiqueTexts(critique: Critique): string[] {
  const { paper, verdict } = critique;
  return [
    paper.title,
    paper.authors,
    paper.venue,
    plainText(critique.summary),
    ...lineTexts(critique.claims),
    ...RIGOR_LENSES.flatMap((lens) => [critique.lenses[lens].finding, critique.lenses[lens].experiment]),
    ...lineTexts(critique.strengths),
    ...lineTexts(critique.weaknesses),
    plainText(critique.askedExperiment),
    ...lineTexts(critique.extensions),
    plainText(verdict.reasoning),
    verdict.changeCondition,
  ].filter((text) => text.trim() !== '');
}

/** Critiques whose paper title or text holds a word starting with each word of the query. */
export function searchCritiques(critiques: readonly Critique[], query: string): SearchHit[] {
  return searchDocuments(
    critiques.map((critique) => ({
      id: critique.id,
      title: critiqueTitle(critique),
      texts: [critiqueTitle(critique), ...critiqueTexts(critique).slice(1)],
    })),
    query,
  );
}
