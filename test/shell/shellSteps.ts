/** Steps through Viva's screens shared by the shell tests (the same labels the user reads). */
import type { Page } from 'playwright';

export async function createStory(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  await page.getByLabel('Story title').waitFor();
}

export async function openBackups(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Preferences' }).click();
  await page.getByRole('link', { name: 'Backups and restore' }).click();
  await page.getByRole('heading', { name: 'Backups', level: 1 }).waitFor();
}
