import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';
import { isMacPlatform } from './isMacPlatform';
import { describeChord, isOnPlatform, SHORTCUTS, type Shortcut } from './shortcutList';
import './shortcuts.css';

const GROUPS: ReadonlyArray<Shortcut['group']> = ['Everywhere', 'Library', 'Lists', 'Editor', 'Rehearsal', 'Drills'];

/** The keyboard shortcut sheet, opened with "?". */
export function ShortcutSheet() {
  const isOpen = useApp((s) => s.dialog === 'shortcuts');
  const closeDialog = useApp((s) => s.closeDialog);
  const isMac = isMacPlatform();
  return (
    <Dialog isOpen={isOpen} title="Keyboard shortcuts" onClose={closeDialog} wide>
      <div className="shortcut-groups">
        {GROUPS.map((group) => {
          const rows = SHORTCUTS.filter((s) => s.group === group && isOnPlatform(s, isMac));
          if (rows.length === 0) return null;
          return (
            <section key={group} aria-labelledby={`shortcuts-${group}`}>
              <h3 id={`shortcuts-${group}`}>{group}</h3>
              <dl className="shortcut-list">
                {rows.map((s) => (
                  <div key={`${s.description}-${s.chord.key}`} className="shortcut-row">
                    <dt>{s.description}</dt>
                    <dd>
                      {describeChord(s.chord, isMac).map((key) => (
                        <kbd key={key}>{key}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </Dialog>
  );
}
