/** Largest file the app writes or reads through a dialog, in bytes (UTF-8 bytes for text). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
