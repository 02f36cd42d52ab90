import type { ConstraintKey } from '../../model/fieldMap';
import type { FieldGuidance, SectionGuidance } from './fieldGuidance';

type FieldMapKey =
  | 'broadField'
  | 'subArea'
  | 'coreTask'
  | 'challenge'
  | 'recentChange'
  | 'evidence'
  | 'evidenceDone'
  | 'evidenceLearned'
  | 'productUser';

export const FIELD_MAP_GUIDANCE: SectionGuidance<FieldMapKey> = {
  intro:
    'Place your work on the map before anyone asks. Panels trust a speaker who can name the exact corner of the field they know first-hand, say what changed there lately, and tie it to someone who would use it.',
  fields: {
    broadField: {
      label: 'Broad field',
      expects: 'The field a generalist on the panel would recognise, in a few words.',
      example: 'Natural language processing.',
      weak: '“AI”, which says nothing about where your expertise lies.',
      placeholder: 'e.g. Natural language processing',
    },
    subArea: {
      label: 'Scoped sub-area',
      expects: 'A corner of that field narrow enough that you could name its ten key papers.',
      example: 'Retrieval-augmented question answering over documents longer than 100k tokens.',
      weak: 'Repeating the broad field (“NLP for QA”), so the panel cannot tell what you know deeply.',
      placeholder: 'e.g. Retrieval for question answering over very long documents',
    },
    coreTask: {
      label: 'Core task',
      expects: 'What goes in, what comes out, and what “good” means, measurably.',
      example:
        'In: a 300-page filing and a question. Out: a short answer with the passages that support it. Good: exact-match accuracy and citation precision above what an analyst accepts.',
      weak: 'A topic instead of a task (“long documents”), with no input, output or success measure.',
      placeholder: 'Input → output, and how quality is judged',
    },
    challenge: {
      label: 'Central technical challenge',
      expects: 'The one obstacle that makes the task hard, stated so that a solution to it would be a result.',
      example:
        'The evidence for an answer is spread over passages far apart, and attention cost grows with the square of the length.',
      weak: 'A list of every difficulty, with no sense of which one is the crux.',
    },
    recentChange: {
      label: 'What changed recently',
      expects: 'What moved in the last year or two, and the evidence that it really moved.',
      example:
        'Context windows grew from 4k to 1M tokens in two years, yet accuracy on multi-hop questions past 100k tokens still falls by half (our replication of a 2025 benchmark).',
      weak: '“Large language models changed everything”, with no date, number or source.',
    },
    evidence: {
      label: 'First-hand evidence',
      expects: 'Things you did yourself: models trained, data built, systems run, and failures you debugged.',
      example:
        'Trained 40 retrievers on 8 GPUs; found that hard negatives from the same document caused a collapse, fixed by mixing in random negatives.',
      weak: 'Only papers you read. Panels probe first-hand experience, and failures most of all.',
    },
    evidenceDone: {
      label: 'What you did',
      expects: 'Concretely: the scale, the tools, your role.',
      example: 'Built a 12k-question evaluation set from SEC filings, with two annotators and an agreement check.',
      weak: '“Worked on data.”',
    },
    evidenceLearned: {
      label: 'What you learned',
      expects: 'The lesson you would not have learned from reading.',
      example: 'Annotators disagree most on questions that need arithmetic, so we split them out as their own slice.',
      weak: '“That data quality matters.”',
    },
    productUser: {
      label: 'The real user',
      expects: 'Who would use this, what they do today, and what would make them switch.',
      example:
        'A credit analyst who reads filings by hand for two hours per company and would switch for answers with page citations she can check in a minute.',
      weak: '“Businesses”, or no user at all.',
    },
  },
};

export const CONSTRAINT_GUIDANCE: Record<ConstraintKey, FieldGuidance> = {
  quality: {
    label: 'Quality bar',
    expects: 'The level below which the user will not trust the output.',
    example: 'Wrong answers under 2 %, and every answer cites a page.',
    weak: '“As accurate as possible.”',
  },
  latency: {
    label: 'Latency',
    expects: 'How long the user will wait, at which percentile.',
    example: 'Under 10 s at p95 for a 300-page filing.',
    weak: '“Fast.”',
  },
  cost: {
    label: 'Cost',
    expects: 'What one use may cost to serve, and who pays.',
    example: 'Below $0.05 per question at 20k questions a day.',
    weak: 'No number.',
  },
  privacy: {
    label: 'Privacy',
    expects: 'What data may not leave where, and what that rules out.',
    example: 'Client filings stay in the bank’s cloud account: no third-party APIs.',
    weak: 'Not mentioned, so the panel assumes you did not think about it.',
  },
  monitoring: {
    label: 'Monitoring',
    expects: 'What you would watch once it is live, and what would trigger a rollback.',
    example: 'Share of answers whose citation the analyst clicks and rejects; roll back above 5 %.',
    weak: '“We would monitor performance.”',
  },
};
