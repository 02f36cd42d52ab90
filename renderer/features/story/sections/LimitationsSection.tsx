import { LIMITATIONS_GUIDANCE } from '../../../../shared/content/guidance/limitationsGuidance';
import type { Story } from '../../../../shared/model/story';
import { GuidanceDetails } from '../fields/GuidanceDetails';
import { ProseField, TextField } from '../fields/StoryText';
import { FailureModes } from '../limitations/FailureModes';
import { FieldGroup, SectionLayout } from './SectionLayout';

const G = LIMITATIONS_GUIDANCE.fields;

/** Section 6: where it breaks, what it assumes and trades, what to run next, and what is measured versus believed. */
export function LimitationsSection({ story }: { story: Story }) {
  const l = story.limitations;
  return (
    <SectionLayout section="limitations" intro={LIMITATIONS_GUIDANCE.intro}>
      <FieldGroup title={G.failureModes.label} description={G.failureModes.expects}>
        <GuidanceDetails guidance={G.failureModes} isGroup />
        <FailureModes modes={l.failureModes} />
      </FieldGroup>

      <FieldGroup title="Assumptions and trade-offs">
        <ProseField path={['limitations', 'assumptions']} value={l.assumptions} guidance={G.assumptions} />
        <ProseField path={['limitations', 'tradeoffs']} value={l.tradeoffs} guidance={G.tradeoffs} />
      </FieldGroup>

      <FieldGroup
        title="What to run next"
        description="The one experiment that would teach you the most, and what you bet it shows."
      >
        <div className="field-pair">
          <TextField path={['limitations', 'nextExperiment']} value={l.nextExperiment} guidance={G.nextExperiment} rows={3} />
          <TextField path={['limitations', 'nextExpected']} value={l.nextExpected} guidance={G.nextExpected} rows={3} />
        </div>
        <ProseField path={['limitations', 'doDifferently']} value={l.doDifferently} guidance={G.doDifferently} />
      </FieldGroup>

      <FieldGroup title="Measured versus believed" description="Side by side, so you never present a belief as a result.">
        <div className="field-pair">
          <ProseField path={['limitations', 'measured']} value={l.measured} guidance={G.measured} />
          <ProseField path={['limitations', 'believed']} value={l.believed} guidance={G.believed} />
        </div>
      </FieldGroup>

      <FieldGroup title="Scale" description="What changes with ten times the compute, and with a tenth of it.">
        <div className="field-pair">
          <TextField path={['limitations', 'computeUp']} value={l.computeUp} guidance={G.computeUp} />
          <TextField path={['limitations', 'computeDown']} value={l.computeDown} guidance={G.computeDown} />
        </div>
      </FieldGroup>

      <FieldGroup title="Deployment" description="If this ran in front of real users tomorrow.">
        <div className="field-pair">
          <TextField path={['limitations', 'deployWatch']} value={l.deployWatch} guidance={G.deployWatch} />
          <TextField path={['limitations', 'deployGuard']} value={l.deployGuard} guidance={G.deployGuard} />
        </div>
      </FieldGroup>
    </SectionLayout>
  );
}
