import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';
import { readTable } from './readTable';

async function storedFieldMap(page: Page): Promise<{ broadField: string; subArea: string } | undefined> {
  const stories = await readTable<{ title: string; fieldMap: { broadField: string; subArea: string } }>(page, 'stories');
  return stories.find((s) => s.title === 'Two tabs')?.fieldMap;
}

const heldHeading = (page: Page) => page.getByRole('heading', { name: '“Two tabs” is open in another window or tab' });

test('two tabs on one story never write over each other: one edits, the other says so and can take over', async ({
  launch,
}, testInfo) => {
  const context = await launch();
  const a = context.pages()[0] ?? (await context.newPage());
  await a.goto('/');
  await a.getByRole('button', { name: 'New story', exact: true }).click();
  await a.getByLabel('Title').fill('Two tabs');
  await a.getByRole('button', { name: 'Create story' }).click();
  await a.getByRole('link', { name: /^Field map/ }).click();
  await a.getByLabel('Broad field', { exact: true }).fill('Information retrieval');
  await expect(a.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');

  // A library tab, to see the other tabs' changes without a reload.
  const library = await context.newPage();
  await library.goto('/');

  // Tab B opens the same story: A holds it, so B says so instead of offering a stale copy.
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(heldHeading(b)).toBeVisible();
  await expect(b.getByLabel('Broad field', { exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(b, 'a story held by another tab');
  await b.screenshot({ path: testInfo.outputPath('held-1280.png') });
  await b.setViewportSize({ width: 720, height: 860 });
  await b.screenshot({ path: testInfo.outputPath('held-720.png') });

  // B takes over: it shows A's words, and A stops editing and says so.
  await b.getByRole('button', { name: 'Edit it here' }).click();
  await expect(b.getByLabel('Broad field', { exact: true })).toHaveValue('Information retrieval');
  await expect(heldHeading(a)).toBeVisible();
  await b.getByLabel('Scoped sub-area').fill('Legal search');
  await expect(b.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');

  // Reloading A does not bring back an old copy over B's words.
  await a.reload();
  await expect(heldHeading(a)).toBeVisible();
  await expect
    .poll(() => storedFieldMap(a))
    .toEqual(expect.objectContaining({ broadField: 'Information retrieval', subArea: 'Legal search' }));
  await a.getByRole('button', { name: 'Edit it here' }).click();
  await expect(a.getByLabel('Broad field', { exact: true })).toHaveValue('Information retrieval');
  await expect(a.getByLabel('Scoped sub-area')).toHaveValue('Legal search');
  await expect(heldHeading(b)).toBeVisible();

  // The library tab saw the edits live: the story's card moved on without a reload.
  await a.getByLabel('Story title').fill('Two tabs, renamed');
  await expect(a.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await expect(library.getByRole('link', { name: /Two tabs, renamed/ })).toBeVisible();
});
