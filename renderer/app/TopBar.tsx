import type { Route } from '../navigation/route';
import { formatRoute } from '../navigation/route';
import { useApp } from '../store/StoreProvider';
import './topBar.css';

const LINKS: ReadonlyArray<{ route: Route; label: string }> = [
  { route: { name: 'library' }, label: 'Library' },
  { route: { name: 'rehearse', storyId: null }, label: 'Rehearse' },
  { route: { name: 'history' }, label: 'History' },
  { route: { name: 'drills' }, label: 'Drills' },
  { route: { name: 'deck' }, label: 'Deck' },
  { route: { name: 'trash' }, label: 'Trash' },
  { route: { name: 'preferences' }, label: 'Preferences' },
];

/** The bar across the top: the app's name, its main places, and help. */
export function TopBar({ route }: { route: Route }) {
  const openDialog = useApp((s) => s.openDialog);
  return (
    <header className="top-bar">
      <a className="brand" href={formatRoute({ name: 'library' })}>
        <span className="brand-mark" aria-hidden="true">
          V
        </span>
        Viva
      </a>
      <nav aria-label="Main">
        <ul className="top-nav">
          {LINKS.map((link) => (
            <li key={link.label}>
              <a href={formatRoute(link.route)} aria-current={route.name === link.route.name ? 'page' : undefined}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="top-bar-end">
        <button
          type="button"
          className="button button-quiet button-small"
          title="Keyboard shortcuts"
          onClick={() => openDialog('shortcuts')}
        >
          <span className="top-bar-label">Shortcuts</span> <kbd>?</kbd>
        </button>
      </div>
    </header>
  );
}
