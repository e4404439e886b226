import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** Largest values file or ncp.ini read: far above any real one, small enough to parse in well under a second. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** A file's text, or why it was not read: `issue` is a Problem's issue, `allowed` what would be read. */
export type TextFileRead = { readonly text: string } | { readonly issue: string; readonly allowed: string };

const ALLOWED = `a regular UTF-8 text file of at most ${MAX_INPUT_BYTES} bytes`;

/**
 * Reads a regular UTF-8 file of at most MAX_INPUT_BYTES. FIFOs, devices and directories are refused before
 * they are opened for reading (a FIFO would block, /dev/zero never ends); the size is checked again on the open
 * descriptor, so a file swapped after the first check is still bounded.
 */
export function readTextFile(path: string): TextFileRead {
  let fd: number | undefined;
  try {
    const before = statSync(path);
    if (!before.isFile()) {
      return {
        issue: `is not a regular file (${before.isDirectory() ? 'a directory' : 'a device, FIFO or socket'})`,
        allowed: ALLOWED,
      };
    }
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return { issue: 'is not a regular file', allowed: ALLOWED };
    }
    if (stat.size > MAX_INPUT_BYTES) {
      return { issue: `is larger than ${MAX_INPUT_BYTES} bytes (${stat.size} bytes)`, allowed: ALLOWED };
    }
    // Not zeroed (a fleet run reads thousands of files): only the bytes read are used.
    const buffer = Buffer.allocUnsafe(MAX_INPUT_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > MAX_INPUT_BYTES) {
      return { issue: `is larger than ${MAX_INPUT_BYTES} bytes`, allowed: ALLOWED };
    }
    return decodeUtf8(buffer.subarray(0, length));
  } catch (error) {
    return { issue: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, allowed: ALLOWED };
  } finally {
    if (fd !== undefined) {
      closeSync(fd);
    }
  }
}

/** The text of UTF-8 bytes, or the byte offset where the first broken character starts (never the bytes). */
export function decodeUtf8(bytes: Uint8Array): TextFileRead {
  if (decodes(bytes, false)) {
    return { text: new TextDecoder('utf-8').decode(bytes) };
  }
  // The longest prefix that is valid or ends inside a character, by bisection (a prefix of such a prefix is too).
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (decodes(bytes.subarray(0, mid), true)) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  let offset = low;
  if (!decodes(bytes.subarray(0, low), false)) {
    // The prefix ends inside a character: the broken one starts at its lead byte.
    while (offset > 0 && (bytes[offset - 1] & 0xc0) === 0x80) {
      offset -= 1;
    }
    offset -= 1;
  }
  return { issue: `is not UTF-8 text (invalid byte at offset ${offset})`, allowed: ALLOWED };
}

function decodes(bytes: Uint8Array, partial: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return true;
  } catch {
    return false;
  }
}
