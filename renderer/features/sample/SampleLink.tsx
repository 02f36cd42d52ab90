import { useAppStoreApi } from '../../store/StoreProvider';
import { openSampleStory } from './openSampleStory';
import './sample.css';

/** A quiet way to the sample story from the library, for anyone who wants to see a finished one. */
export function SampleLink({ lead }: { lead: string }) {
  const store = useAppStoreApi();
  return (
    <p className="library-sample">
      {lead}{' '}
      <button type="button" className="link-button" onClick={() => void openSampleStory(store)}>
        Open the sample story
      </button>
    </p>
  );
}
