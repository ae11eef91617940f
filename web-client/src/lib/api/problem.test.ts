import { describe, expect, it } from 'vitest';
import { ApiProblem, pointerToPath } from './problem';

describe('pointerToPath', () => {
  it('maps a top-level pointer to the field name', () => {
    expect(pointerToPath('/valueVnd')).toEqual(['valueVnd']);
  });

  it('maps array indexes to numbers, as antd Form.List names them', () => {
    expect(pointerToPath('/flags/0/periodId')).toEqual(['flags', 0, 'periodId']);
    expect(pointerToPath('/actionPoints/12/dueDate')).toEqual(['actionPoints', 12, 'dueDate']);
  });

  it('unescapes RFC 6901 tokens and keeps non-index numbers-like keys as text', () => {
    expect(pointerToPath('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(pointerToPath('/items/01')).toEqual(['items', '01']);
  });

  it('has no field for the whole body', () => {
    expect(pointerToPath('')).toBeUndefined();
    expect(pointerToPath('/')).toBeUndefined();
  });
});

describe('ApiProblem', () => {
  const validation = {
    type: 'urn:ketnghia:problem:validation-failed',
    title: 'Dữ liệu không hợp lệ / Invalid input',
    status: 400,
    detail: 'valueVnd: must be greater than or equal to 0',
    errors: [
      { pointer: '/valueVnd', message: 'must be greater than or equal to 0' },
      { parameter: 'size', message: 'must be at most 100' },
    ],
  };

  it('reads type, title and field errors from a problem body', () => {
    const problem = ApiProblem.fromResponse(new Response(null, { status: 400 }), validation);
    expect(problem.slug).toBe('validation-failed');
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('Dữ liệu không hợp lệ / Invalid input');
    expect(problem.fieldProblems).toEqual([
      { path: ['valueVnd'], parameter: undefined, message: 'must be greater than or equal to 0' },
      { path: undefined, parameter: 'size', message: 'must be at most 100' },
    ]);
    expect(problem.isStale).toBe(false);
  });

  it('recognises a stale If-Match (412) as stale', () => {
    const problem = ApiProblem.fromResponse(new Response(null, { status: 412 }), {
      type: 'urn:ketnghia:problem:precondition-failed',
      title: 'Đã có người khác thay đổi / Changed by someone else',
      status: 412,
    });
    expect(problem.isStale).toBe(true);
  });

  it('falls back to the HTTP status when the body is not a problem', () => {
    const problem = ApiProblem.fromResponse(new Response(null, { status: 404, statusText: 'Not Found' }), 'gone');
    expect(problem.slug).toBe('not-found');
    expect(problem.title).toBe('Not Found');
    expect(problem.detail).toBe('gone');
    expect(problem.errors).toEqual([]);
  });
});
