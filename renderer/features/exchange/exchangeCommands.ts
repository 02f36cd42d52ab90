/*
 * The menu's Import and Export commands. Export exports the open story (on a story's pages) or
 * backs up the whole library (anywhere else); Import always imports a backup file, Import a slide
 * deck a .pptx, Marp, Slidev, reveal.js or Beamer deck as a talk outline.
 */
import { registerCommand } from '../../app/commands';

registerCommand({
  id: 'export',
  label: 'Export…',
  run: ({ store, route }) => {
    const hasStory = (route.name === 'story' || route.name === 'readiness') && store.getState().story !== null;
    store.getState().openExchangeDialog(hasStory ? 'exportStory' : 'exportLibrary');
  },
});

registerCommand({
  id: 'importDeck',
  label: 'Import a slide deck…',
  run: ({ store }) => store.getState().openDeckImport(),
});

registerCommand({
  id: 'import',
  label: 'Import a backup…',
  run: ({ store }) => store.getState().openExchangeDialog('import'),
});
