import { useEffect, useMemo, type ReactNode } from 'react';
import { CRITIQUE_GUIDANCE } from '../../../shared/content/guidance/critiqueGuidance';
import { critiqueTitle, RIGOR_LENSES, VERDICT_CALLS, VERDICT_LABELS, type Critique } from '../../../shared/model/critique';
import { isSafeHref } from '../../../shared/model/safeHref';
import { updateAt } from '../../../shared/story/updateAt';
import { HeldElsewhere } from '../../components/HeldElsewhere';
import { formatRoute } from '../../navigation/route';
import { useApp, useAppStoreApi } from '../../store/StoreProvider';
import { DocumentWriterContext, type DocumentWriter } from '../story/fields/documentWriter';
import { fieldDomId } from '../story/fields/fieldDomId';
import { LineField, ProseField } from '../story/fields/StoryText';
import { CritiqueLines } from './CritiqueLines';
import { CritiqueReview } from './CritiqueReview';
import { CritiqueSaveIndicator } from './CritiqueSaveIndicator';
import { LensCard } from './LensCard';
import { useCritiqueAutosaveTriggers } from './useCritiqueAutosaveTriggers';
import '../story/story.css';
import '../story/checklist/checklist.css';
import '../readiness/readiness.css';
import './critique.css';

const G = CRITIQUE_GUIDANCE.fields;

function Part({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="section critique-part" aria-labelledby={`critique-${id}`}>
      <header className="section-header">
        <h2 id={`critique-${id}`}>{title}</h2>
      </header>
      {intro && <p className="section-intro">{intro}</p>}
      {children}
    </section>
  );
}

/** The editor of one paper critique, its review beside it. */
export default function CritiqueView({ critiqueId }: { critiqueId: string }) {
  const critique = useApp((s) => (s.critique?.id === critiqueId ? s.critique : null));
  const status = useApp((s) => s.critiqueStatus);
  const error = useApp((s) => s.critiqueError);
  const openCritique = useApp((s) => s.openCritique);
  const closeCritique = useApp((s) => s.closeCritique);
  const flushCritique = useApp((s) => s.flushCritique);
  const takeOver = useApp((s) => s.takeOverCritique);
  const held = useApp((s) => s.critiques.find((c) => c.id === s.critiqueHeldElsewhere));
  const store = useAppStoreApi();
  useCritiqueAutosaveTriggers();

  useEffect(() => {
    void openCritique(critiqueId);
    return () => void closeCritique();
  }, [critiqueId, openCritique, closeCritique]);

  const title = critique ? critiqueTitle(critique) : null;
  useEffect(() => {
    document.title = title ? `${title} · Paper critique · Viva` : 'Paper critique · Viva';
  }, [title]);

  const writer = useMemo<DocumentWriter>(
    () => ({
      setField: (path, read) => store.getState().setCritiqueField(path, read),
      change: (recipe, label) => store.getState().changeCritique((c) => recipe(c) as Critique, label),
    }),
    [store],
  );

  if (status === 'missing') {
    return (
      <div className="workspace-message" role="alert">
        <h1>This critique is not in your library</h1>
        <p>It may be in the trash, or deleted for good.</p>
        <p>
          <a href={formatRoute({ name: 'library' })}>Back to the library</a>
        </p>
      </div>
    );
  }
  if (status === 'heldElsewhere') {
    return <HeldElsewhere noun="critique" title={held && critiqueTitle(held)} onTakeOver={() => void takeOver()} />;
  }
  if (status === 'error') {
    return (
      <div className="workspace-message" role="alert">
        <h1>Viva could not open this critique</h1>
        <p>{error}</p>
      </div>
    );
  }
  if (!critique) return <p className="workspace-loading">Opening the critique…</p>;

  return (
    <DocumentWriterContext.Provider value={writer}>
      <div className="critique" onBlur={() => void flushCritique()}>
        <CritiqueHeader critique={critique} />
        <div className="critique-layout">
          <div className="critique-main">
            <p className="section-intro">{CRITIQUE_GUIDANCE.intro}</p>
            <Part id="paper" title="The paper">
              <LineField path={['paper', 'title']} value={critique.paper.title} guidance={G.title} />
              <LineField path={['paper', 'authors']} value={critique.paper.authors} guidance={G.authors} />
              <LineField path={['paper', 'venue']} value={critique.paper.venue} guidance={G.venue} />
              <LineField path={['paper', 'link']} value={critique.paper.link} guidance={G.link} />
              <PaperLink link={critique.paper.link} />
            </Part>
            <Part id="summary" title="Summary and claims">
              <ProseField path={['summary']} value={critique.summary} guidance={G.summary} />
              <CritiqueLines
                listKey="claims"
                lines={critique.claims}
                guidance={G.claims}
                noun="claim"
                emptyText="No claims yet."
              />
            </Part>
            <Part
              id="lenses"
              title="Rigor lenses"
              intro="Hold each claim up to each lens. Mark what holds and what you would attack; for every attack, name the run that would settle it."
            >
              <div className="lens-grid">
                {RIGOR_LENSES.map((lens) => (
                  <LensCard key={lens} lens={lens} reading={critique.lenses[lens]} />
                ))}
              </div>
            </Part>
            <Part id="points" title="Strongest and weakest points">
              <CritiqueLines
                listKey="strengths"
                lines={critique.strengths}
                guidance={G.strengths}
                noun="strength"
                emptyText="No strengths yet."
              />
              <CritiqueLines
                listKey="weaknesses"
                lines={critique.weaknesses}
                guidance={G.weaknesses}
                noun="weakness"
                nounPlural="weaknesses"
                emptyText="No weaknesses yet."
              />
            </Part>
            <Part id="ask" title="The ask and what comes next">
              <ProseField path={['askedExperiment']} value={critique.askedExperiment} guidance={G.askedExperiment} />
              <CritiqueLines
                listKey="extensions"
                lines={critique.extensions}
                guidance={G.extensions}
                noun="follow-up idea"
                emptyText="No follow-up ideas yet."
              />
            </Part>
            <Part id="verdict" title="Verdict">
              <VerdictCall critique={critique} />
              <ProseField path={['verdict', 'reasoning']} value={critique.verdict.reasoning} guidance={G.verdictReasoning} />
              <LineField
                path={['verdict', 'changeCondition']}
                value={critique.verdict.changeCondition}
                guidance={G.changeCondition}
              />
            </Part>
          </div>
          <aside className="critique-aside">
            <CritiqueReview critique={critique} />
          </aside>
        </div>
      </div>
    </DocumentWriterContext.Provider>
  );
}

function PaperLink({ link }: { link: string }) {
  const trimmed = link.trim();
  if (trimmed === '') return null;
  if (!isSafeHref(trimmed)) {
    return <p className="critique-link-note">Viva opens only web and mailto addresses, so this one stays plain text.</p>;
  }
  return (
    <p className="critique-link-note">
      Open:{' '}
      <a href={trimmed} target="_blank" rel="noreferrer noopener">
        {trimmed}
      </a>
    </p>
  );
}

function CritiqueHeader({ critique }: { critique: Critique }) {
  const exportMarkdown = useApp((s) => s.exportCritiqueMarkdown);
  const notify = useApp((s) => s.notify);
  const save = () =>
    exportMarkdown().then(
      (name) => name && notify(`Saved “${name}”.`),
      (error: unknown) =>
        notify(`The critique could not be exported: ${error instanceof Error ? error.message : String(error)}`, 'error'),
    );
  return (
    <header className="critique-header">
      <div>
        <p className="critique-kind">Paper critique</p>
        <h1 className="critique-title">{critiqueTitle(critique)}</h1>
      </div>
      <div className="critique-actions">
        <CritiqueSaveIndicator />
        <button type="button" className="button button-small" onClick={() => void save()}>
          Export markdown
        </button>
        <a className="button button-small" href={formatRoute({ name: 'rehearse', storyId: critique.id })}>
          Rehearse the discussion
        </a>
      </div>
    </header>
  );
}

function VerdictCall({ critique }: { critique: Critique }) {
  const changeCritique = useApp((s) => s.changeCritique);
  const id = fieldDomId(['verdict', 'call']);
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id} className="field-label">
          {G.verdictCall.label}
        </label>
      </div>
      <p id={`${id}-expects`} className="field-expects">
        {G.verdictCall.expects}
      </p>
      <select
        id={id}
        className="select"
        aria-describedby={`${id}-expects`}
        value={critique.verdict.call ?? ''}
        onChange={(event) => {
          const call = event.target.value === '' ? null : event.target.value;
          changeCritique((c) => updateAt(c, ['verdict', 'call'], call), 'changed the verdict');
        }}
      >
        <option value="">Not decided yet</option>
        {VERDICT_CALLS.map((call) => (
          <option key={call} value={call}>
            {VERDICT_LABELS[call]}
          </option>
        ))}
      </select>
    </div>
  );
}
