/*
 * "Open the sample story" (Help menu, and a link in the library): brings the sample back if it
 * was deleted and opens it at its first section.
 */
import { navigate } from '../../navigation/useRoute';
import type { AppStore } from '../../store/createAppStore';
import { errorMessage } from '../../../shared/text/errorMessage';

/** Open the sample story, creating a fresh copy first when there is none in the library. */
export async function openSampleStory(store: AppStore): Promise<void> {
  try {
    const storyId = await store.getState().openSample();
    navigate({ name: 'story', storyId, section: 'fieldMap' });
  } catch (error) {
    const reason = errorMessage(error);
    store.getState().notify(`The sample story could not be opened: ${reason}`, 'error');
  }
}
