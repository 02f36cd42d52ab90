/*
 * Typing in the 10,000-word field against a bare Tiptap page holding the same document, and the
 * time from a keystroke to the text being committed in IndexedDB.
 */
import { typeAndMeasure } from './inputLatency.mjs';

const FIELD = '#field-fieldMap-coreTask';
const TYPED = 'the panel will ask why this works and what it costs when the data is scarce ';

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 */
async function openEditor(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(`${FIELD} .ProseMirror`).waitFor({ timeout: 60_000 });
  return page;
}

/** The stored plain text of a story, read straight from IndexedDB (not through the app). */
/** @param {import('@playwright/test').Page} page @param {string} storyId */
export function storedStoryJson(page, storyId) {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('stories').objectStore('stories').get(id);
          get.onsuccess = () => {
            resolve(JSON.stringify(get.result));
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    storyId,
  );
}

/**
 * One typing run on each side; both contexts must have installInputProbe as an init script.
 * @param {{ app: import('@playwright/test').BrowserContext, bare: import('@playwright/test').BrowserContext }} contexts
 * @param {{ storyUrl: string, bareUrl: string, heavyId: string }} where
 */
export async function typingRound(contexts, where) {
  return {
    viva: async () => {
      const page = await openEditor(contexts.app, where.storyUrl);
      const result = await typeAndMeasure(page, FIELD, TYPED);
      // No character dropped on the way to disk either: wait past the autosave and read it back.
      await page.waitForTimeout(1000);
      const isStored = String(await storedStoryJson(page, where.heavyId)).includes(TYPED.trim());
      await page.close();
      return { ...result, isComplete: result.isComplete && isStored };
    },
    baseline: async () => {
      const page = await openEditor(contexts.bare, where.bareUrl);
      const result = await typeAndMeasure(page, FIELD, TYPED);
      await page.close();
      return result;
    },
  };
}

/**
 * The newest edit stamp in the stories table and the story it belongs to, read from the
 * updatedAt index alone (a key cursor), so watching for a commit barely loads the page.
 * @param {import('@playwright/test').Page} page
 */
function newestStamp(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const cursor = db.transaction('stories').objectStore('stories').index('updatedAt').openKeyCursor(null, 'prev');
          cursor.onsuccess = () => {
            resolve(cursor.result ? { id: cursor.result.primaryKey, at: cursor.result.key } : null);
            db.close();
          };
          cursor.onerror = () => reject(cursor.error);
        };
      }),
  );
}

/**
 * Keystroke to committed: type a short unique word, then watch the stories' updatedAt index
 * until this story's stamp moves; then check the word is really in the stored story. Returns one
 * duration per word, from the last key's keydown, and whether every word was found on disk.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {{ storyUrl: string, heavyId: string }} where
 * @param {number} samples
 */
export async function keystrokeToCommit(context, where, samples) {
  const page = await openEditor(context, where.storyUrl);
  await page.evaluate(() => {
    /** @type {any} */
    const w = window;
    window.addEventListener('keydown', (event) => (w.__lastKeydown = event.timeStamp), true);
  });
  await page.locator(`${FIELD} .ProseMirror p`).first().click();
  /** @type {number[]} */
  const durations = [];
  let isEveryWordStored = true;
  for (let i = 0; i < samples; i++) {
    const before = /** @type {{ at: number } | null} */ (await newestStamp(page))?.at ?? 0;
    const word = ` zq${i}x`;
    await page.keyboard.type(word);
    const ms = await page.evaluate(
      ({ id, before }) =>
        new Promise((resolve) => {
          // One connection for the whole watch: opening one per poll would itself load the page.
          const open = indexedDB.open('viva');
          open.onsuccess = () => {
            const db = open.result;
            const poll = () => {
              const cursor = db.transaction('stories').objectStore('stories').index('updatedAt').openKeyCursor(null, 'prev');
              cursor.onsuccess = () => {
                const newest = cursor.result;
                if (newest && newest.primaryKey === id && Number(newest.key) > before) {
                  db.close();
                  resolve(performance.now() - /** @type {any} */ (window).__lastKeydown);
                } else setTimeout(poll, 5);
              };
            };
            poll();
          };
        }),
      { id: where.heavyId, before },
    );
    durations.push(/** @type {number} */ (ms));
    if (!String(await storedStoryJson(page, where.heavyId)).includes(word.trim())) isEveryWordStored = false;
    await page.waitForTimeout(150);
  }
  await page.close();
  return { durations, isEveryWordStored };
}
