import { rehearsalFormatSchema, type RehearsalFormat } from '../../shared/model/rehearsalFormat';
import { describeZodError } from '../../shared/validation/describeZodError';
import type { VivaDatabase } from './database';

/**
 * Rehearsal formats the user edited or made. Presets live in code (shared/content/
 * rehearsalPresets.ts); an edited preset is stored under the preset's id, so deleting the
 * record resets it.
 */
export function createFormatRepository(db: VivaDatabase) {
  return {
    async list(): Promise<RehearsalFormat[]> {
      return db.formats.toArray();
    },
    async save(format: RehearsalFormat): Promise<RehearsalFormat> {
      const result = rehearsalFormatSchema.safeParse(format);
      if (!result.success) throw new Error(describeZodError(result.error, 'format'));
      await db.formats.put(result.data);
      return result.data;
    },
    async remove(id: string): Promise<void> {
      await db.formats.delete(id);
    },
  };
}

export type FormatRepository = ReturnType<typeof createFormatRepository>;
