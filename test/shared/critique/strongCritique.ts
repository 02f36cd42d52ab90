/* A critique a demanding reader would accept: every rule stays silent on it. */
import { newCritique, RIGOR_LENSES, type Critique, type LensReading, type RigorLens } from '../../../shared/model/critique';
import { docFromText } from '../../../shared/model/richText';

export function strongCritique(): Critique {
  const base = newCritique('Sparse Mixtures of Adapters for Low-Resource Translation', Date.UTC(2026, 0, 5));
  const holds: LensReading = {
    standing: 'holds',
    finding: 'The paper reports it in the main table.',
    experiment: '',
  };
  const lenses = Object.fromEntries(RIGOR_LENSES.map((lens) => [lens, holds])) as Record<RigorLens, LensReading>;
  lenses.variance = {
    standing: 'attack',
    finding: 'One seed per cell, and the gains are about one point.',
    experiment: 'Five seeds per setting with the standard deviation reported.',
  };
  return {
    ...base,
    paper: {
      title: base.paper.title,
      authors: 'R. Okafor, L. Marsh et al.',
      venue: 'Findings of EMNLP 2024',
      link: 'https://example.org/papers/sparse-adapters.pdf',
    },
    summary: docFromText('Routing each sentence to two of eight small adapters helps low-resource translation.'),
    claims: [
      { id: 'c1', text: 'Routing to two of eight adapters beats one shared adapter on twelve low-resource pairs at equal size.' },
    ],
    lenses,
    strengths: [{ id: 's1', text: 'Parameter count is held fixed across the comparison.' }],
    weaknesses: [{ id: 'w1', text: 'One seed per setting.' }],
    askedExperiment: docFromText('Five seeds on the main table; the gain must stay above two standard deviations.'),
    extensions: [{ id: 'e1', text: 'Learn the number of adapters per language family.' }],
    verdict: {
      call: 'weakAccept',
      reasoning: docFromText('Simple idea, fair comparison in size, thin evidence on variance.'),
      changeCondition: 'If the gain falls within seed noise over five seeds, I would lean reject.',
    },
  };
}
