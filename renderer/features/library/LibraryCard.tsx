import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../../shared/text/errorMessage';
import { useFocusBackAfter } from '../../components/useFocusBackAfter';
import { useApp } from '../../store/StoreProvider';
import { RenameForm } from './RenameForm';

interface LibraryCardProps {
  id: string;
  /** The title shown and named by the buttons, and the one the rename form starts from. */
  title: string;
  renameFrom: string;
  href: string;
  heading: 'h2' | 'h3';
  testId: string;
  /** Shown after the title's link: a story's Sample badge. */
  badge?: ReactNode;
  /** Between Rename and Delete: a story's Duplicate. */
  actions?: ReactNode;
  rename?: (id: string, title: string) => Promise<void>;
  trash(id: string): Promise<void>;
  /** The lines under the title. */
  children: ReactNode;
}

/** One document in the library, a story or a critique: its title links to it; rename, delete. */
export function LibraryCard(props: LibraryCardProps) {
  const { id, title, renameFrom, href, heading: Heading, testId, badge, actions, rename, trash, children } = props;
  const [isRenaming, setRenaming] = useState(false);
  // The rename form replaces the buttons; when it closes, focus goes back to Rename.
  const renameRef = useFocusBackAfter(isRenaming);
  const notify = useApp((s) => s.notify);

  return (
    <li className="story-card" data-testid={testId}>
      <div className="story-card-main">
        {isRenaming ? (
          <RenameForm storyId={id} title={renameFrom} rename={rename} onDone={() => setRenaming(false)} />
        ) : (
          <Heading className="story-card-title">
            <a href={href}>{title}</a>
            {badge}
          </Heading>
        )}
        {children}
      </div>
      {!isRenaming && (
        <div className="story-card-actions">
          <button
            ref={renameRef}
            type="button"
            className="button button-quiet button-small"
            aria-label={`Rename “${title}”`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
          {actions}
          <button
            type="button"
            className="button button-quiet button-small button-danger"
            aria-label={`Delete “${title}”`}
            onClick={(event) => {
              // The card goes away with the button: keep keyboard focus in the list, not on the page.
              const card = event.currentTarget.closest('li');
              const neighbour = (card?.nextElementSibling ?? card?.previousElementSibling)?.querySelector('a');
              trash(id)
                .then(() => (neighbour ?? document.getElementById('main'))?.focus())
                .catch((error: unknown) => notify(errorMessage(error), 'error'));
            }}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
