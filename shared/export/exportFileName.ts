/** A file name from a story title: letters, digits and dashes only, never empty, never long. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem === '' ? 'story' : stem;
}

/** "2026-11-23" for a time, in UTC so the name does not depend on where the export ran. */
export function dateStamp(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The suggested name of a backup file: of one story, or of the whole library. */
export function backupFileName(story: { title: string } | null, now: number): string {
  return story ? `${fileStem(story.title)}-viva-backup-${dateStamp(now)}.json` : `viva-library-${dateStamp(now)}.json`;
}
