import { ApiProblem } from './api/problem';

/** Media types the API answers with a document instead of JSON (by `Accept`). */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return trimmed;
}

/** The parameters of a header such as `attachment; filename="a.docx"; filename*=UTF-8''%C3%A1.docx`. */
function headerParameters(header: string): Map<string, string> {
  const parameters = new Map<string, string>();
  // Splits on semicolons outside quoted strings: a quoted file name may itself hold one.
  const parts = header.match(/(?:[^;"]+|"(?:[^"\\]|\\.)*")+/g) ?? [];
  for (const part of parts.slice(1)) {
    const equals = part.indexOf('=');
    if (equals > 0) {
      parameters.set(part.slice(0, equals).trim().toLowerCase(), part.slice(equals + 1).trim());
    }
  }
  return parameters;
}

/** RFC 5987 `UTF-8''B%C3%A1o%20c%C3%A1o.docx` → `Báo cáo.docx`; undefined when malformed. */
function decodeExtendedValue(value: string): string | undefined {
  const match = /^([\w!#$%&+^`{}~-]*)'[\w-]*'(.*)$/.exec(unquote(value));
  if (!match) {
    return undefined;
  }
  const [, charset = '', encoded = ''] = match;
  try {
    if (charset.toLowerCase() === 'utf-8') {
      return decodeURIComponent(encoded);
    }
    // ISO-8859-1: each %XX is one character.
    return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  } catch {
    return undefined;
  }
}

/** Folders in a name sent by a server are never honoured: only the last segment is kept. */
function baseName(name: string): string {
  return name.split(/[/\\]/).pop()?.trim() ?? '';
}

/**
 * The file name a download should be saved under. `filename*` (RFC 6266/5987, keeps Vietnamese
 * diacritics) wins over the ASCII `filename`; `fallback` when the header names none.
 */
export function filenameFromContentDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) {
    return fallback;
  }
  const parameters = headerParameters(header);
  const extended = parameters.get('filename*');
  const decoded = extended ? decodeExtendedValue(extended) : undefined;
  const plain = parameters.get('filename');
  const name = baseName(decoded ?? (plain !== undefined ? unquote(plain) : ''));
  return name || fallback;
}

/** Hands a downloaded file to the browser's "save" as `fileName`. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next task: some browsers start reading the URL only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves a file the API answered with, under the name its Content-Disposition gives. */
export function saveResponse(blob: Blob, response: Response, fallback: string) {
  saveBlob(blob, filenameFromContentDisposition(response.headers.get('Content-Disposition'), fallback));
}

type FileResult = { data?: unknown; error?: unknown; response: Response };

/**
 * Awaits an API request made with `parseAs: 'blob'` and saves the file it answered with; throws an
 * `ApiProblem` (the server's problem+json, or a network failure) like `unwrap` does.
 */
export async function saveDownload(request: Promise<FileResult>, fallbackName: string): Promise<void> {
  let result: FileResult;
  try {
    result = await request;
  } catch (cause) {
    throw ApiProblem.network(cause);
  }
  if (!result.response.ok || result.data === undefined) {
    throw ApiProblem.fromResponse(result.response, result.error);
  }
  saveResponse(result.data as Blob, result.response, fallbackName);
}

/** `1048576` → `1 MB`, for file sizes (1 KB = 1024 B; one decimal below 10, Vietnamese comma). */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) {
    return '';
  }
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace('.', ',');
  return `${rounded} ${units[unit]}`;
}
