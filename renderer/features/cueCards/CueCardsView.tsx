import { useEffect, useState } from 'react';
import { exportFileName } from '../../../shared/export/formats/buildExportFile';
import { cueCardsFileType } from '../../../shared/export/formats/exportFormats';
import { formatRoute } from '../../navigation/route';
import { isDesktop } from '../../bridge/bridge';
import { useApp } from '../../store/StoreProvider';
import { StoryMissing } from '../story/StoryMissing';
import { useOpenStory } from '../story/useOpenStory';
import { PrintCard } from './PrintCard';
import './cueCards.css';
import { errorMessage } from '../../../shared/text/errorMessage';

/** The talk's beats as printable cue cards, one a page; saved as PDF in the desktop app, printed in a browser. */
export function CueCardsView({ storyId }: { storyId: string }) {
  const story = useOpenStory(storyId);
  const status = useApp((s) => s.storyStatus);
  const exportPdf = useApp((s) => s.exportPdf);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    document.title = story ? `Cue cards · ${story.title} · Viva` : 'Viva';
  }, [story]);

  if (status === 'missing') return <StoryMissing />;
  if (!story) return <p className="workspace-loading">Opening the story…</p>;

  const beats = story.outline.beats;
  const startTimes = beats.map((_, i) => beats.slice(0, i).reduce((sum, beat) => sum + beat.budgetMs, 0));

  const savePdf = async () => {
    setBusy(true);
    setMessage({ tone: 'info', text: 'Printing the cards to PDF…' });
    try {
      const name = exportFileName(
        story,
        { ...cueCardsFileType, fileSuffix: '-cue-cards', carriesNotes: false },
        { includeNotes: true },
      );
      const saved = await exportPdf(name);
      setMessage(saved ? { tone: 'info', text: `Saved “${saved}”.` } : null);
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cue-cards">
      <header className="cue-cards-head">
        <p className="cue-cards-kicker">
          <a href={formatRoute({ name: 'story', storyId, section: 'outline' })}>← {story.title}</a>
        </p>
        <h1>Cue cards</h1>
        {beats.length === 0 ? (
          <p>
            This talk has no beats yet, so there are no cards to print.{' '}
            <a href={formatRoute({ name: 'story', storyId, section: 'outline' })}>Add beats in the talk outline.</a>
          </p>
        ) : (
          <>
            <p className="cue-cards-lead">
              One card per beat, in the order of your talk, each on its own page: its title, bullets, notes and time.
              {isDesktop ? '' : ' To keep a file, choose “Save as PDF” as the printer.'}
            </p>
            <div className="cue-cards-actions">
              {isDesktop && (
                <button type="button" className="button button-primary" disabled={isBusy} onClick={() => void savePdf()}>
                  Save as PDF…
                </button>
              )}
              <button
                type="button"
                className={isDesktop ? 'button' : 'button button-primary'}
                disabled={isBusy}
                onClick={() => window.print()}
              >
                Print…
              </button>
            </div>
            <p className={message?.tone === 'error' ? 'field-error' : 'cue-cards-status'} role="status" aria-live="polite">
              {message?.text}
            </p>
          </>
        )}
      </header>
      <div className="cue-cards-list">
        {beats.map((beat, i) => (
          <PrintCard key={beat.id} beat={beat} number={i + 1} count={beats.length} startsAt={startTimes[i]!} />
        ))}
      </div>
    </div>
  );
}
