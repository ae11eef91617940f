import type { components } from './schema';

type ProblemBody = components['schemas']['Problem'];
type FieldError = components['schemas']['FieldError'];

/** The slug after `urn:ketnghia:problem:`; the UI decides by it, never by parsing the text. */
export type ProblemSlug =
  | 'validation-failed'
  | 'malformed-request'
  | 'not-authenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid-state'
  | 'precondition-failed'
  | 'precondition-required'
  | 'network-error'
  | (string & {});

const TYPE_PREFIX = 'urn:ketnghia:problem:';

/** A field of an antd form, as antd names it: `valueVnd`, or `['flags', 0, 'periodId']`. */
export type FieldPath = (string | number)[];

export interface FieldProblem {
  /** Absent for a query or header parameter, or a pointer to the whole body. */
  path?: FieldPath;
  parameter?: string;
  message: string;
}

/** An application/problem+json answer from the API (RFC 9457), thrown by `unwrap`. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly slug: ProblemSlug;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldError[];

  constructor(status: number, body: ProblemBody) {
    const title = body.title ?? `HTTP ${status}`;
    super(body.detail ?? title);
    this.name = 'ApiProblem';
    this.status = status;
    this.type = body.type ?? 'about:blank';
    this.slug = this.type.startsWith(TYPE_PREFIX) ? this.type.slice(TYPE_PREFIX.length) : slugForStatus(status);
    this.title = title;
    this.detail = body.detail;
    this.errors = body.errors ?? [];
  }

  /** Builds a problem from whatever the server sent: a problem body, another JSON body, or text. */
  static fromResponse(response: Response, body: unknown): ApiProblem {
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
      return new ApiProblem(response.status, body as ProblemBody);
    }
    const text = typeof body === 'string' && body.trim() !== '' ? body.trim() : undefined;
    return new ApiProblem(response.status, { status: response.status, title: response.statusText || undefined, detail: text });
  }

  static network(cause: unknown): ApiProblem {
    const problem = new ApiProblem(0, {
      type: `${TYPE_PREFIX}network-error`,
      title: 'Không kết nối được máy chủ / Cannot reach the server',
      detail: cause instanceof Error ? cause.message : undefined,
    });
    return problem;
  }

  /** Someone else changed the record since it was read (stale If-Match). */
  get isStale(): boolean {
    return this.status === 412 || this.slug === 'precondition-failed';
  }

  get fieldProblems(): FieldProblem[] {
    return this.errors.map((error) => ({
      path: error.pointer !== undefined ? pointerToPath(error.pointer) : undefined,
      parameter: error.parameter,
      message: error.message ?? '',
    }));
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

function slugForStatus(status: number): ProblemSlug {
  switch (status) {
    case 400:
      return 'malformed-request';
    case 401:
      return 'not-authenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 412:
      return 'precondition-failed';
    case 428:
      return 'precondition-required';
    default:
      return `http-${status}`;
  }
}

/**
 * RFC 6901 pointer → antd name path: `/valueVnd` → `['valueVnd']`, `/flags/0/periodId` →
 * `['flags', 0, 'periodId']`. Array indexes become numbers because antd's Form.List names them so.
 * The empty pointer (the whole body) has no field.
 */
export function pointerToPath(pointer: string): FieldPath | undefined {
  if (pointer === '' || pointer === '/') {
    return undefined;
  }
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token) => (/^(0|[1-9]\d*)$/.test(token) ? Number(token) : token));
}
