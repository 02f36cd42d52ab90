import { CONTRIBUTION_GUIDANCE } from '../../../../shared/content/guidance/contributionGuidance';
import { ALTITUDE_KEYS } from '../../../../shared/model/contribution';
import type { Story } from '../../../../shared/model/story';
import { AltitudeCard } from '../contribution/AltitudeCard';
import { StarStories } from '../contribution/StarStories';
import { StatementField } from '../contribution/StatementField';
import { GuidanceDetails } from '../fields/GuidanceDetails';
import { LineField, TextField } from '../fields/StoryText';
import { FieldGroup, SectionLayout } from './SectionLayout';

const G = CONTRIBUTION_GUIDANCE.fields;

/**
 * Section 4: the claim, whose part is whose, the gap it fills, the method at four altitudes, and
 * the behavioural (STAR) stories of the user's own part.
 */
export function ContributionSection({ story }: { story: Story }) {
  const c = story.contribution;
  return (
    <SectionLayout section="contribution" intro={CONTRIBUTION_GUIDANCE.intro}>
      <FieldGroup title="The claim">
        <StatementField value={c.statement} />
        <div className="field-pair">
          <TextField path={['contribution', 'myPart']} value={c.myPart} guidance={G.myPart} rows={3} />
          <TextField path={['contribution', 'teamPart']} value={c.teamPart} guidance={G.teamPart} rows={3} />
        </div>
      </FieldGroup>

      <FieldGroup title="Why it was needed">
        <TextField path={['contribution', 'gap']} value={c.gap} guidance={G.gap} rows={3} />
        <LineField path={['contribution', 'mainIdea']} value={c.mainIdea} guidance={G.mainIdea} />
      </FieldGroup>

      <FieldGroup title={G.altitudes.label} description={G.altitudes.expects}>
        <GuidanceDetails guidance={G.altitudes} isGroup />
        <ol className="altitudes" aria-label="The method at four altitudes">
          {ALTITUDE_KEYS.map((key) => (
            <AltitudeCard key={key} altitude={key} value={c.altitudes[key]} />
          ))}
        </ol>
      </FieldGroup>

      <StarStories story={story} />
    </SectionLayout>
  );
}
