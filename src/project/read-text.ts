import { readFile } from 'node:fs/promises';
import { diagnose } from '../diagnostics/diagnose.ts';
import { withNewlines } from '../text/line-endings.ts';
import type { Diagnostic, TextFile } from '../types.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text, or why it could not be had. A file that is not UTF-8 comes
 * with both: the diagnostic, and its valid beginning for the code frame.
 */
export interface ReadResult {
  file?: TextFile;
  diagnostic?: Diagnostic;
}

/**
 * Reads a project file as UTF-8 text with `\n` line endings. A file that is not
 * UTF-8 is reported at the first byte that is not, rather than read as garbage.
 */
export async function readTextFile(absolutePath: string, path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    return { diagnostic: diagnose('BRF003', { reason: describeFsError(error) }, { path }) };
  }
  return decodeText(bytes, path);
}

export function decodeText(bytes: Uint8Array, path: string): ReadResult {
  try {
    const text = withNewlines(decoder.decode(bytes).replace(/^\uFEFF/, ''));
    return { file: { path, text } };
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    const before = withNewlines(new TextDecoder('utf-8').decode(bytes.subarray(0, bad)));
    const hex = `0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    // Keep the valid prefix as the file's text so the code frame can show the line at fault.
    const diagnostic = diagnose('BRF004', { byte: hex }, { file: path, offset: before.length, length: 1 });
    return { diagnostic, file: { path, text: before } };
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    const chunk = bytes.subarray(i, i + size);
    try {
      decoder.decode(chunk);
    } catch {
      return i;
    }
    i += size;
  }
  return bytes.length;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
