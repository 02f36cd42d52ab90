/*
 * The schema-upgrade harness in a real browser: each stored database fixture is written into
 * Chromium's IndexedDB exactly as that version of Viva left it (native object stores, Dexie's
 * native version number), then the built app opens it, and every record must come through.
 */
import type { Page } from '@playwright/test';
import { SCHEMA_UPGRADES, SCHEMA_VERSIONS } from '../../renderer/data/database';
import { rehearsalFormatSchema } from '../../shared/model/rehearsalFormat';
import { rehearsalSessionSchema } from '../../shared/model/rehearsalSession';
import { challengeQuestionSchema, practiceStateSchema } from '../../shared/model/challenge';
import { deliveryAnalysisSchema } from '../../shared/model/deliveryAnalysis';
import { storySchema } from '../../shared/model/story';
import { critiqueSchema } from '../../shared/model/critique';
import { loadFixtures, type DatabaseFixture } from '../support/databaseFixtures';
import { expect, test } from './fixtures';

/** Write a fixture into the origin's IndexedDB with plain IndexedDB calls, as Dexie would have. */
async function writeFixture(page: Page, fixture: DatabaseFixture) {
  await page.evaluate(async (fixture) => {
    const decode = (record: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(record).map(([key, value]) => {
          const blob = value as { $blob?: string; type?: string } | null;
          if (typeof blob?.$blob !== 'string') return [key, value];
          const bytes = Uint8Array.from(atob(blob.$blob), (c) => c.charCodeAt(0));
          return [key, new Blob([bytes], { type: blob.type ?? '' })];
        }),
      );
    await new Promise<void>((resolve, reject) => {
      // Dexie keeps its version number times ten as the native one.
      const request = indexedDB.open('viva', fixture.version * 10);
      request.onupgradeneeded = () => {
        for (const [name, spec] of Object.entries(fixture.stores)) {
          const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
          const store = request.result.createObjectStore(name, { keyPath: primary });
          for (const index of indexes.filter(Boolean)) store.createIndex(index, index);
        }
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(Object.keys(fixture.tables), 'readwrite');
        for (const [name, rows] of Object.entries(fixture.tables)) {
          for (const row of rows) tx.objectStore(name).put(decode(row as Record<string, unknown>));
        }
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, fixture);
}

/** Every record as the app's database now holds it (Blobs as their size and type). */
async function readAll(page: Page): Promise<{ version: number; tables: Record<string, unknown[]> }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('viva');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tables: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      tables[name] = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row as Record<string, unknown>).map(([key, value]) =>
            value instanceof Blob ? [key, { size: value.size, type: value.type }] : [key, value],
          ),
        ),
      );
    }
    const version = db.version;
    db.close();
    return { version, tables };
  });
}

const SCHEMAS = {
  stories: storySchema,
  formats: rehearsalFormatSchema,
  sessions: rehearsalSessionSchema,
  questions: challengeQuestionSchema,
  practice: practiceStateSchema,
  analyses: deliveryAnalysisSchema,
  critiques: critiqueSchema,
} as const;

for (const { name, fixture } of loadFixtures()) {
  test(`the app opens a ${name} database in Chromium and every record comes through`, async ({ launch }) => {
    const context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    // A page of the app's origin that does not run the app, to write the old database first.
    await page.route('**/fixture-loader', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>loader</title>' }),
    );
    await page.goto('/fixture-loader');
    await writeFixture(page, fixture);

    // The fixture's trashed story must not have expired by the time the app starts.
    await page.clock.setFixedTime(new Date(Date.UTC(2026, 10, 2, 12)));
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Filled story' })).toBeVisible();
    await page.getByRole('link', { name: 'Trash' }).click();
    await expect(page.getByTestId('trash-card')).toContainText('Blank story');
    await page.getByRole('link', { name: 'Preferences' }).click();
    await expect(page.getByLabel('Dark')).toBeChecked();
    await expect(page.getByLabel('Speaking pace (words per minute)')).toHaveValue('150');

    const stored = await readAll(page);
    expect(stored.version).toBe(SCHEMA_VERSIONS.at(-1)!.version * 10);
    // A record as the versions after the fixture's rewrite it (version 4: durations in ms).
    const upgraded = (table: string, row: unknown) =>
      Object.entries(SCHEMA_UPGRADES)
        .filter(([version]) => Number(version) > fixture.version)
        .reduce((record, [, rewrites]) => rewrites[table]?.(record) ?? record, row);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const now = stored.tables[table] ?? [];
      for (const row of rows) {
        const expected = upgraded(table, row) as Record<string, unknown>;
        const blob = expected['blob'] as { $blob: string; type: string } | undefined;
        const wanted = blob
          ? { ...expected, blob: { size: Buffer.from(blob.$blob, 'base64').length, type: blob.type } }
          : expected;
        expect(now, `${table} keeps ${JSON.stringify(expected).slice(0, 80)}`).toContainEqual(wanted);
      }
    }
    for (const [table, schema] of Object.entries(SCHEMAS)) {
      for (const row of stored.tables[table] ?? []) expect(schema.safeParse(row).error, table).toBeUndefined();
    }
  });
}
