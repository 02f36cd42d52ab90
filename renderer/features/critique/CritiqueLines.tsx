import type { FieldGuidance } from '../../../shared/content/guidance/fieldGuidance';
import { MAX_CRITIQUE_ITEMS, newCritiqueLine, type CritiqueLine } from '../../../shared/model/critique';
import { excerpt } from '../../../shared/review/rules/ruleText';
import { fieldDomId } from '../story/fields/fieldDomId';
import { GuidanceDetails } from '../story/fields/GuidanceDetails';
import { LineArea } from '../story/fields/LineArea';
import { RecordList } from '../story/records/RecordList';
import { FieldGroup } from '../story/sections/SectionLayout';

type LinesKey = 'claims' | 'strengths' | 'weaknesses' | 'extensions';

interface Props {
  listKey: LinesKey;
  lines: readonly CritiqueLine[];
  guidance: FieldGuidance;
  /** What one line is called ("claim"). */
  noun: string;
  /** The plural of noun, when adding an "s" is wrong. */
  nounPlural?: string;
  emptyText: string;
}

/** A list of one-line entries of the critique (claims, strengths…), each a wrapping one-line field. */
export function CritiqueLines({ listKey, lines, guidance, noun, nounPlural, emptyText }: Props) {
  return (
    <FieldGroup title={guidance.label} description={guidance.expects}>
      <RecordList
        path={[listKey]}
        items={lines}
        noun={noun}
        {...(nounPlural ? { nounPlural } : {})}
        titleOf={(line, index) =>
          line.text.trim() === '' ? `${noun[0]?.toUpperCase()}${noun.slice(1)} ${index + 1}` : `“${excerpt(line.text, 40)}”`
        }
        create={() => newCritiqueLine()}
        firstFieldPath={(line) => [listKey, { id: line.id }, 'text']}
        maxItems={MAX_CRITIQUE_ITEMS}
        emptyText={emptyText}
        renderItem={(line, index) => (
          <LineArea
            path={[listKey, { id: line.id }, 'text']}
            value={line.text}
            id={fieldDomId([listKey, { id: line.id }, 'text'])}
            aria-label={`${noun[0]?.toUpperCase()}${noun.slice(1)} ${index + 1}`}
            placeholder={guidance.placeholder}
          />
        )}
      />
      <GuidanceDetails guidance={guidance} />
    </FieldGroup>
  );
}
