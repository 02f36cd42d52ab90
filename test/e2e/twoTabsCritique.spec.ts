/*
 * A paper critique open in two tabs of one profile, as twoTabs.spec.ts does for a story: one tab
 * edits it, the other says so and can take over, and neither writes over the other's words.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';
import { readTable } from './readTable';

async function storedPaper(page: Page): Promise<{ venue: string; authors: string } | undefined> {
  const critiques = await readTable<{ paper: { title: string; venue: string; authors: string } }>(page, 'critiques');
  return critiques.find((c) => c.paper.title === 'Two tabs paper')?.paper;
}

const heldHeading = (page: Page) => page.getByRole('heading', { name: '“Two tabs paper” is open in another window or tab' });
const venue = (page: Page) => page.getByLabel('Venue and year', { exact: true });
const authors = (page: Page) => page.getByLabel('Authors', { exact: true });

test('two tabs on one critique never write over each other: one edits, the other says so and can take over', async ({
  launch,
}) => {
  const context = await launch();
  const a = context.pages()[0] ?? (await context.newPage());
  await a.goto('/');
  await a.getByRole('button', { name: 'New paper critique' }).click();
  const dialog = a.getByRole('dialog', { name: 'New paper critique' });
  await dialog.getByLabel('Paper title').fill('Two tabs paper');
  await dialog.getByRole('button', { name: 'Create critique' }).click();
  await expect(a).toHaveURL(/#\/critique\/[\w-]+$/);
  await venue(a).fill('Findings of EMNLP 2024');
  await expect(a.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');

  // Tab B opens the same critique: A holds it, so B says so instead of offering a stale copy.
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(heldHeading(b)).toBeVisible();
  await expect(venue(b)).toHaveCount(0);
  await expectNoSeriousA11yViolations(b, 'a critique held by another tab');

  // A types and B takes over at once: A saves what it typed and lets go, and says so.
  await authors(a).fill('R. Okafor');
  await b.getByRole('button', { name: 'Edit it here' }).click();
  await expect(venue(b)).toHaveValue('Findings of EMNLP 2024');
  await expect(authors(b)).toHaveValue('R. Okafor');
  await expect(heldHeading(a)).toBeVisible();
  await authors(b).fill('R. Okafor, L. Marsh');
  await expect(b.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');

  // Reloading A does not bring back an old copy over B's words; A can take it back.
  await a.reload();
  await expect(heldHeading(a)).toBeVisible();
  await expect
    .poll(() => storedPaper(a))
    .toEqual(expect.objectContaining({ venue: 'Findings of EMNLP 2024', authors: 'R. Okafor, L. Marsh' }));
  await a.getByRole('button', { name: 'Edit it here' }).click();
  await expect(authors(a)).toHaveValue('R. Okafor, L. Marsh');
  await expect(heldHeading(b)).toBeVisible();

  // Leaving for the library lets go: B, opened afresh, edits it.
  await a.goto('/');
  await b.reload();
  await expect(venue(b)).toHaveValue('Findings of EMNLP 2024');
});
