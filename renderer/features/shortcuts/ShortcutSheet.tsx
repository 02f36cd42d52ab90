import { isKeyOnPlatform, type CommandSpec, type KeyChord } from '../../../shared/commands/commandSpecs';
import { isDesktop } from '../../bridge/bridge';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';
import { isMacPlatform } from './isMacPlatform';
import { describeChord, SHORTCUTS, type Shortcut } from './shortcutList';
import './shortcuts.css';

const GROUPS: ReadonlyArray<Shortcut['group']> = ['Everywhere', 'Library', 'Lists', 'Editor', 'Rehearsal', 'Drills'];

interface Row {
  description: string;
  chords: KeyChord[];
}

/** The rows of the sheet: the app's commands with the keys that run them here, then the keys handled in place. */
export function shortcutRows(
  commands: readonly CommandSpec[],
  isMac: boolean,
  isDesktopShell: boolean,
): Map<Shortcut['group'], Row[]> {
  const rows = new Map<Shortcut['group'], Row[]>(GROUPS.map((group) => [group, []]));
  for (const command of commands) {
    // Keys only the desktop menu takes do nothing in a browser, so the browser's sheet leaves them out.
    const chords = command.keys
      .filter((key) => isKeyOnPlatform(key, isMac) && (key.menu !== 'only' || isDesktopShell))
      .map((key) => key.chord);
    if (chords.length > 0) rows.get('Everywhere')?.push({ description: command.label, chords });
  }
  for (const shortcut of SHORTCUTS)
    rows.get(shortcut.group)?.push({ description: shortcut.description, chords: [shortcut.chord] });
  return rows;
}

/** The keyboard shortcut sheet, opened with "?": built from the command list and the keys handled in place. */
export function ShortcutSheet({ commands }: { commands: readonly CommandSpec[] }) {
  const isOpen = useApp((s) => s.dialog === 'shortcuts');
  const closeDialog = useApp((s) => s.closeDialog);
  const isMac = isMacPlatform();
  const groups = shortcutRows(commands, isMac, isDesktop);
  return (
    <Dialog isOpen={isOpen} title="Keyboard shortcuts" onClose={closeDialog} wide>
      <div className="shortcut-groups">
        {GROUPS.map((group) => {
          const rows = groups.get(group) ?? [];
          if (rows.length === 0) return null;
          return (
            <section key={group} aria-labelledby={`shortcuts-${group}`}>
              <h3 id={`shortcuts-${group}`}>{group}</h3>
              <dl className="shortcut-list">
                {rows.map((row) => (
                  <div key={`${row.description}-${row.chords[0]?.key ?? ''}`} className="shortcut-row">
                    <dt>{row.description}</dt>
                    <dd>
                      {row.chords.map((chord, i) => (
                        <span key={describeChord(chord, isMac).join('+')} className="shortcut-chord">
                          {i > 0 && <span className="shortcut-or"> or </span>}
                          {describeChord(chord, isMac).map((key) => (
                            <kbd key={key}>{key}</kbd>
                          ))}
                        </span>
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
