import { formatBackupProblem, type BackupProblem } from '../../../shared/backup/backupProblem';
import { Dialog } from '../../components/Dialog';
import type { ImportState } from '../../store/exchangeSlice';
import { useApp } from '../../store/StoreProvider';
import './exchange.css';

/** Import a backup file: pick it, watch it being checked and written, then read what happened. */
export function ImportDialog() {
  const isOpen = useApp((s) => s.exchangeDialog === 'import');
  const close = useApp((s) => s.closeExchangeDialog);
  const clearImport = useApp((s) => s.clearImport);
  const state = useApp((s) => s.importState);
  const onClose = () => {
    close();
    // An import under way carries on; its outcome is announced when it ends (exchangeSlice).
    if (state.status !== 'running') clearImport();
  };
  return (
    <Dialog isOpen={isOpen} title="Import a backup" onClose={onClose}>
      {isOpen && <ImportBody state={state} onClose={onClose} />}
    </Dialog>
  );
}

function ImportBody({ state, onClose }: { state: ImportState; onClose(): void }) {
  const importBackupFile = useApp((s) => s.importBackupFile);
  const isRunning = state.status === 'running';
  return (
    <div>
      {state.status === 'idle' && (
        <p className="exchange-lead">
          Choose a Viva backup (a <code>.json</code> file). Viva checks the whole file before writing anything: it comes in
          complete or not at all. A story you already have comes in as a copy; nothing here is overwritten.
        </p>
      )}
      {state.status === 'running' && <ImportProgressView state={state} />}
      {state.status === 'failed' && <ImportFailure fileName={state.fileName} problems={state.problems} />}
      {state.status === 'done' && <ImportSuccess state={state} />}
      <div className="dialog-actions">
        {/* While it runs, closing only hides the dialog: the import carries on and reports in a notice. */}
        <button type="button" className="button" onClick={onClose}>
          {state.status === 'done' ? 'Done' : isRunning ? 'Hide' : 'Cancel'}
        </button>
        {state.status !== 'done' && (
          <button
            type="button"
            className="button button-primary"
            disabled={isRunning}
            data-autofocus
            onClick={() => void importBackupFile()}
          >
            {state.status === 'failed' ? 'Choose another file…' : 'Choose a file…'}
          </button>
        )}
      </div>
    </div>
  );
}

function ImportProgressView({ state }: { state: Extract<ImportState, { status: 'running' }> }) {
  const { stage, done, total } = state.progress;
  const label = stage === 'checking' ? `Checking “${state.fileName}”…` : `Writing ${done} of ${total} records…`;
  return (
    <div className="exchange-progress" role="status" aria-live="polite">
      <p>{label}</p>
      <progress max={total || 1} value={stage === 'checking' ? undefined : done} aria-label={label} />
    </div>
  );
}

function ImportFailure({ fileName, problems }: { fileName: string; problems: BackupProblem[] }) {
  const hasPaths = problems.some((p) => /\[\d+\]/.test(p.where));
  return (
    <div className="exchange-report exchange-report-error" role="alert">
      <p>
        <strong>Nothing was imported.</strong> “{fileName}” cannot be read as a Viva backup, so your library is exactly as it was.{' '}
        {problems.length === 1 ? 'The problem:' : `The problems (${problems.length}):`}
      </p>
      {/* Focusable: a long list scrolls, and keyboard users must be able to scroll it. */}
      <ul className="exchange-problems" tabIndex={0} aria-label="Problems found">
        {problems.map((problem, i) => (
          <li key={i}>
            {problem.where !== '' && <code className="exchange-where">{problem.where}</code>}
            {problem.where !== '' && ': '}
            {problem.message}
          </li>
        ))}
      </ul>
      {hasPaths && <p className="exchange-option-hint">Places in the file count from 1: stories[1] is the first story.</p>}
    </div>
  );
}

function ImportSuccess({ state }: { state: Extract<ImportState, { status: 'done' }> }) {
  const { report, notes } = state;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <div className="exchange-report" role="status">
      <p>
        <strong>Imported “{state.fileName}”:</strong> {plural(report.storiesAdded, 'story', 'stories')},{' '}
        {plural(report.sessionsAdded, 'rehearsal', 'rehearsals')}
        {report.critiquesAdded > 0 && <>, {plural(report.critiquesAdded, 'paper critique', 'paper critiques')}</>}.
      </p>
      <ul className="exchange-problems">
        {report.storiesCopied.map((title) => (
          <li key={title}>
            “{title}” was already in your library, so it came in as a copy named “{title} (imported copy)”.
          </li>
        ))}
        {report.alreadyPresent > 0 && (
          <li>
            {plural(
              report.alreadyPresent,
              'record you already had was kept as it is.',
              'records you already had were kept as they are.',
            )}
          </li>
        )}
        {notes.map((note, i) => (
          <li key={`note-${i}`}>{formatBackupProblem(note)}</li>
        ))}
      </ul>
    </div>
  );
}
