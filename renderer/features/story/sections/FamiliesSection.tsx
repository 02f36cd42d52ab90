import { FAMILIES_GUIDANCE } from '../../../../shared/content/guidance/familiesGuidance';
import { newFamily, ratingOf } from '../../../../shared/model/families';
import type { Story } from '../../../../shared/model/story';
import { familyLabel, familyMatrix } from '../../../../shared/story/familyMatrix';
import { AxisList } from '../families/AxisList';
import { FamilyFields } from '../families/FamilyFields';
import { FamilyGroupingsHint } from '../families/FamilyGroupingsHint';
import { FamilyMatrix } from '../families/FamilyMatrix';
import { GuidanceDetails } from '../fields/GuidanceDetails';
import { SectionJumps } from '../families/SectionJumps';
import '../families/families.css';
import { FoldAllButton } from '../records/FoldAllButton';
import { RecordList } from '../records/RecordList';
import { useFoldedRecords } from '../records/useFoldedRecords';
import { FieldGroup, SectionLayout } from './SectionLayout';

const G = FAMILIES_GUIDANCE.fields;
/** The schema's limit on families. */
const MAX_FAMILIES = 50;

/** Section 2: the families of methods in the area, the axes they trade on, and the matrix of both. */
export function FamiliesSection({ story }: { story: Story }) {
  const { axes, items } = story.families;
  const { collapse, isAllFolded, toggleAll } = useFoldedRecords(items.map((family) => family.id));
  const { cellCount, unrated } = familyMatrix(story.families);
  return (
    <SectionLayout section="families" intro={FAMILIES_GUIDANCE.intro}>
      <SectionJumps
        label="Parts of this section"
        targets={[
          { id: 'families-part-items', label: `Families (${items.length})` },
          { id: 'families-part-axes', label: `Axes (${axes.length})` },
          { id: 'families-part-matrix', label: `Matrix (${cellCount - unrated}/${cellCount} rated)` },
        ]}
      />
      <div id="families-part-items" className="jump-target" tabIndex={-1}>
        <FieldGroup title={G.families.label} description={G.families.expects}>
          <FamilyGroupingsHint />
          {items.length > 1 && <FoldAllButton isAllFolded={isAllFolded} onToggle={toggleAll} plural="families" />}
          <RecordList
            path={['families', 'items']}
            items={items}
            noun="family"
            nounPlural="families"
            emptyText="No families yet. Start with the baseline everyone compares against, then the approaches that compete with yours."
            titleOf={(family, i) => familyLabel(family, i)}
            create={() => newFamily()}
            firstFieldPath={(family) => ['families', 'items', { id: family.id }, 'name']}
            collapse={collapse}
            maxItems={MAX_FAMILIES}
            renderSummary={(family) => {
              const rated = axes.filter((axis) => ratingOf(family, axis.id).score !== null).length;
              return axes.length > 0 ? `${rated}/${axes.length} rated` : null;
            }}
            renderItem={(family, i) => <FamilyFields family={family} label={familyLabel(family, i)} axes={axes} />}
          />
        </FieldGroup>
      </div>

      <div id="families-part-axes" className="jump-target" tabIndex={-1}>
        <FieldGroup title={G.axes.label} description={G.axes.expects}>
          <GuidanceDetails guidance={G.axes} isGroup />
          <AxisList axes={axes} />
        </FieldGroup>
      </div>

      <div id="families-part-matrix" className="jump-target" tabIndex={-1}>
        <FieldGroup title={G.matrix.label} description={G.matrix.expects}>
          <GuidanceDetails guidance={G.matrix} isGroup />
          <FamilyMatrix section={story.families} />
        </FieldGroup>
      </div>
    </SectionLayout>
  );
}
