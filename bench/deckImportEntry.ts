/* What the deck-import bench runs, bundled for Node by bench/deckImport.mjs. */
export { XMLParser } from 'fast-xml-parser';
export { default as JSZip } from 'jszip';
export { pptxDeck } from '../shared/export/pptx/pptxDeck';
export { deckOutline } from '../shared/import/deckOutline';
export { readDeck } from '../shared/import/readDeck';
export { newBeat } from '../shared/model/outline';
export { newStory } from '../shared/model/story';
