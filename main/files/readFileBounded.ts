import { open } from 'node:fs/promises';

export type BoundedRead = { status: 'read'; bytes: Uint8Array } | { status: 'tooLarge'; size: number };

const CHUNK = 1 << 20;

/**
 * Read a whole file without ever holding more than `limit` bytes: the size is checked first,
 * and a file that grows past the limit while it is read is refused too (the size check alone
 * would let it through).
 */
export async function readFileBounded(path: string, limit: number): Promise<BoundedRead> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) return { status: 'tooLarge', size };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const room = limit + 1 - total;
      if (room <= 0) return { status: 'tooLarge', size: total };
      const chunk = new Uint8Array(Math.min(CHUNK, room));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return { status: 'read', bytes };
  } finally {
    await handle.close();
  }
}
