import { LENS_GUIDANCE } from '../../../shared/content/guidance/critiqueGuidance';
import { LENS_STANDING_LABELS, LENS_STANDINGS, type LensReading, type RigorLens } from '../../../shared/model/critique';
import { useApp } from '../../store/StoreProvider';
import { fieldDomId } from '../story/fields/fieldDomId';
import { LineArea } from '../story/fields/LineArea';
import { TextArea } from '../story/fields/TextArea';
import { updateAt } from '../../../shared/story/updateAt';

/**
 * One rigor lens applied to the paper: how it came out (a radio group, keyboard-friendly, whose
 * checked radio carries the field's id so a finding can focus it), what you found, and for an
 * attack the experiment that would settle it.
 */
export function LensCard({ lens, reading }: { lens: RigorLens; reading: LensReading }) {
  const changeCritique = useApp((s) => s.changeCritique);
  const guidance = LENS_GUIDANCE[lens];
  const base = ['lenses', lens] as const;
  const standingId = fieldDomId([...base, 'standing']);
  const findingId = fieldDomId([...base, 'finding']);
  const experimentId = fieldDomId([...base, 'experiment']);
  const headingId = `lens-${lens}-title`;
  return (
    <section className={`lens-card lens-${reading.standing}`} aria-labelledby={headingId} data-testid="lens-card">
      <h4 id={headingId} className="lens-title">
        {guidance.label}
      </h4>
      <p className="lens-asks">{guidance.asks}</p>
      <fieldset className="status-control">
        <legend className="visually-hidden">How {guidance.label.toLowerCase()} came out</legend>
        {LENS_STANDINGS.map((standing) => (
          <label key={standing} className="status-option" data-status={standing}>
            <input
              type="radio"
              name={`${standingId}-radio`}
              value={standing}
              id={reading.standing === standing ? standingId : undefined}
              checked={reading.standing === standing}
              onChange={() =>
                changeCritique(
                  (c) => updateAt(c, [...base, 'standing'], standing),
                  `marked ${guidance.label.toLowerCase()} “${LENS_STANDING_LABELS[standing]}”`,
                )
              }
            />
            {LENS_STANDING_LABELS[standing]}
          </label>
        ))}
      </fieldset>
      <div className="check-field">
        <label className="check-label" htmlFor={findingId}>
          Finding<span className="visually-hidden"> on {guidance.label.toLowerCase()}</span>
        </label>
        <TextArea
          path={[...base, 'finding']}
          value={reading.finding}
          id={findingId}
          rows={1}
          placeholder={guidance.exampleFinding}
        />
      </div>
      {reading.standing === 'attack' && (
        <div className="check-field">
          <label className="check-label" htmlFor={experimentId}>
            Experiment to settle it<span className="visually-hidden"> ({guidance.label.toLowerCase()})</span>
          </label>
          <LineArea
            path={[...base, 'experiment']}
            value={reading.experiment}
            id={experimentId}
            placeholder={guidance.exampleExperiment}
          />
        </div>
      )}
    </section>
  );
}
