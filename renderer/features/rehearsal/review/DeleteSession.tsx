import { navigate } from '../../../navigation/useRoute';
import { useApp } from '../../../store/StoreProvider';
import { errorMessage } from '../../../../shared/text/errorMessage';

/** Delete a rehearsal (a botched run, say) so it leaves the history and its trend; undo is offered. */
export function DeleteSession({ sessionId }: { sessionId: string }) {
  const deleteSession = useApp((s) => s.deleteSession);
  const notify = useApp((s) => s.notify);
  const remove = () => {
    deleteSession(sessionId).then(
      () => navigate({ name: 'history' }),
      (error: unknown) => notify(`The rehearsal was not deleted: ${errorMessage(error)}`, 'error'),
    );
  };
  return (
    <p className="review-delete">
      <button type="button" className="button button-danger button-small" onClick={remove}>
        Delete this rehearsal
      </button>
    </p>
  );
}
