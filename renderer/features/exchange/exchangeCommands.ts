/*
 * What the Import and Export commands do. Export exports the open story (on a story's pages) or
 * backs up the whole library (anywhere else); Import always imports a backup file; Import a slide
 * deck reads a .pptx, Marp, Slidev, reveal.js or Beamer deck into a talk outline. Listed with the
 * other commands in renderer/commands/appCommands.ts.
 */
import type { CommandContext } from '../../commands/commandContext';

export function exportFromHere({ store, route }: CommandContext): void {
  const hasStory = (route.name === 'story' || route.name === 'readiness') && store.getState().story !== null;
  store.getState().openExchangeDialog(hasStory ? 'exportStory' : 'exportLibrary');
}

export function importBackup({ store }: CommandContext): void {
  store.getState().openExchangeDialog('import');
}

export function importDeck({ store }: CommandContext): void {
  store.getState().openDeckImport();
}
