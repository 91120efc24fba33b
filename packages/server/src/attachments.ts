import { mkdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { attachmentExtensions, ProblemCode } from '@comptoir/contract';
import type { Sql } from './sql.js';
import { HttpProblem } from './http.js';

/** Where attachments' bytes go, under generated names: a folder (the default), or the database (no shared disk needed). */
export interface AttachmentStore {
  put(name: string, bytes: Uint8Array): Promise<void>;
  get(name: string): Promise<Uint8Array | undefined>;
  remove(name: string): Promise<void>;
}

/** Files in a folder outside any served one; a name is never written twice. */
export function folderAttachments(dir: string): AttachmentStore {
  mkdirSync(dir, { recursive: true });
  return {
    put: (name, bytes) => writeFile(join(dir, name), bytes, { flag: 'wx' }),
    get: async (name) => {
      try {
        return await readFile(join(dir, name));
      } catch {
        return undefined;
      }
    },
    remove: (name) => rm(join(dir, name), { force: true }),
  };
}

/** Rows of `attachment_blobs`: every instance on the database reads what another stored. */
export function databaseAttachments(sql: Sql): AttachmentStore {
  return {
    put: async (name, bytes) =>
      void (await sql.run('INSERT INTO attachment_blobs (name, bytes) VALUES (?, ?)', [name, Buffer.from(bytes)])),
    get: (name) => sql.value<Buffer>('SELECT bytes FROM attachment_blobs WHERE name = ?', [name]),
    remove: async (name) => void (await sql.run('DELETE FROM attachment_blobs WHERE name = ?', [name])),
  };
}

type Check = { type: string; matches: (bytes: Uint8Array) => boolean };
/** One content check per extension of the contract's list (the element checks names against the same list). */
export const ALLOWED: Record<(typeof attachmentExtensions)[number], Check> = {
  pdf: { type: 'application/pdf', matches: (b: Uint8Array) => ascii(b, 0, 5) === '%PDF-' },
  png: { type: 'image/png', matches: (b: Uint8Array) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v) },
  jpg: { type: 'image/jpeg', matches: (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  jpeg: { type: 'image/jpeg', matches: (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  txt: { type: 'text/plain; charset=utf-8', matches: isPlainText },
  csv: { type: 'text/csv; charset=utf-8', matches: isPlainText },
};

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** UTF-8 text with no NUL byte and nothing that a browser would sniff as markup. */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4096));
    return !/^\s*</.test(text);
  } catch {
    return false;
  }
}

export const MAX_NAME_LENGTH = 200;

/**
 * Checks a file's name and content: the name is a plain file name with an allowed extension, and the bytes
 * are of the kind the extension claims (a PNG named `.pdf`, an `.exe`, an SVG are refused).
 */
export function checkAttachment(name: string, bytes: Uint8Array, maxBytes: number, index: number): { type: string } {
  const path = `body.files.${index}`;
  const shown = name.slice(0, 80);
  const fail = (code: ProblemCode, message: string, params: Record<string, string | number> = {}) =>
    new HttpProblem(400, 'Invalid attachment', `${JSON.stringify(shown)}: ${message}`, {
      code,
      params: { name: shown, ...params },
      errors: [{ path, message }],
    });
  if (!name || name.length > MAX_NAME_LENGTH) throw fail('attachment-name', `the file name must have 1 to ${MAX_NAME_LENGTH} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(name) || name.startsWith('.') || name.includes('..'))
    throw fail('attachment-name', 'the file name may not contain a path');
  const extension = name.split('.').pop()!.toLowerCase() as keyof typeof ALLOWED;
  const allowed = Object.hasOwn(ALLOWED, extension) ? ALLOWED[extension] : undefined;
  const accepted = Object.keys(ALLOWED).join(', ');
  if (!allowed || !name.includes('.')) throw fail('attachment-type', `only ${accepted} files are accepted`, { accepted });
  if (bytes.byteLength === 0) throw fail('attachment-empty', 'the file is empty');
  if (bytes.byteLength > maxBytes) throw fail('attachment-too-large', `the file is larger than ${maxBytes} bytes`, { max: maxBytes });
  if (!allowed.matches(bytes)) throw fail('attachment-content', `the content is not a ${extension} file`, { extension });
  return { type: allowed.type };
}
