import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Views past the library load lazily (renderer/app/lazyRoutes.tsx); on a busy machine the first
// import of the story view's module graph takes longer than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = '';
});
