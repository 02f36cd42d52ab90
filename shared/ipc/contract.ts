/*
 * The IPC contract between main and renderer, typed once. Main validates every request with
 * `invokeRequestSchemas`; the preload exposes exactly `VivaApi`; the renderer's bridge module is
 * the only code that calls it.
 */
import { z } from 'zod';
import { isBackupName, type BackupEntry } from '../backup/backupNames';
import { utf8ByteLength } from '../text/utf8ByteLength';
import type { EventChannel, InvokeChannel } from './channels';
import { isFileKind, type FileKind } from '../export/formats/exportFormats';
import { MENU_COMMANDS, type MenuCommand } from './menuCommands';

export type { FileKind };

import { MAX_FILE_BYTES } from './fileLimits';

// Kept in its own module so the renderer's start-up code can read it without the schemas below.
export { MAX_FILE_BYTES };

const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\p{Cc}]+$/u, 'a file name may not hold path separators or control characters');

const fileKindSchema = z.string().refine(isFileKind, 'not a kind of file Viva writes or reads') as z.ZodType<FileKind>;

/** Text content, limited in UTF-8 bytes as it is written (a UTF-16 length undercounts non-ASCII text). */
const textContentSchema = z
  .string()
  .max(MAX_FILE_BYTES)
  .refine((content) => utf8ByteLength(content) <= MAX_FILE_BYTES, 'the content is larger than the 64 MB a file may be');

/** A file's content: text, or bytes for binary formats (.pptx), at most MAX_FILE_BYTES either way. */
const fileContentSchema = z.union([
  textContentSchema,
  z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be text or bytes')
    .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, 'the content is larger than the 64 MB a file may be'),
]);

export const invokeRequestSchemas = {
  'app:info': z.undefined(),
  'file:save': z.strictObject({
    kind: fileKindSchema,
    suggestedName: fileNameSchema,
    content: fileContentSchema,
  }),
  'file:savePdf': z.strictObject({ suggestedName: fileNameSchema }),
  'file:open': z.strictObject({ kind: fileKindSchema }),
  'shell:openExternal': z.strictObject({ url: z.string().max(2048) }),
  'window:setBackgroundThrottling': z.strictObject({ allowed: z.boolean() }),
  // The renderer counts the live stories (it has them parsed); main checks only the header.
  'backup:write': z.strictObject({ content: textContentSchema, storyCount: z.number().int().nonnegative().max(1_000_000) }),
  'backup:list': z.undefined(),
  // A backup is named, never located: main reads only names it lists in its own backups folder.
  'backup:read': z.strictObject({ name: z.string().max(200).refine(isBackupName, 'not the name of a Viva backup') }),
  'backup:settled': z.strictObject({ requestId: z.number().int().nonnegative() }),
} satisfies Record<InvokeChannel, z.ZodType>;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  isDesktop: boolean;
}

export type SaveResult = { status: 'saved'; fileName: string } | { status: 'cancelled' };
export type OpenResult =
  | { status: 'opened'; fileName: string; bytes: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'tooLarge'; fileName: string; size: number; limit: number };

export interface InvokeResponses {
  'app:info': AppInfo;
  'file:save': SaveResult;
  'file:savePdf': SaveResult;
  'file:open': OpenResult;
  'shell:openExternal': { opened: boolean };
  'window:setBackgroundThrottling': { allowed: boolean };
  'backup:write': BackupEntry;
  /** Newest first. */
  'backup:list': BackupEntry[];
  'backup:read': { name: string; content: string };
  'backup:settled': { requestId: number };
}

export type InvokeRequest<C extends InvokeChannel> = z.infer<(typeof invokeRequestSchemas)[C]>;
export type InvokeResponse<C extends InvokeChannel> = InvokeResponses[C];

/** What travels back over IPC: a value, or an error message written for the user. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const BACKUP_REASONS = ['interval', 'quit'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const eventPayloadSchemas = {
  'menu:command': z.strictObject({ command: z.enum(MENU_COMMANDS) }),
  'backup:due': z.strictObject({ reason: z.enum(BACKUP_REASONS), requestId: z.number().int().nonnegative() }),
} satisfies Record<EventChannel, z.ZodType>;

export interface EventPayloads {
  'menu:command': { command: MenuCommand };
  /** Main asks for a backup if the library changed; the renderer answers with backup:settled. */
  'backup:due': { reason: BackupReason; requestId: number };
}

/** The API the preload exposes on `window.viva`, and the browser bridge imitates. */
export interface VivaApi {
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<IpcResult<InvokeResponse<C>>>;
  on<C extends EventChannel>(channel: C, listener: (payload: EventPayloads[C]) => void): () => void;
}
