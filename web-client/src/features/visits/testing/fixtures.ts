import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import type { Schemas } from '@/lib/api/client';
import { createFetchStub, json, page, type FetchStub } from '@/testing/fetch-stub';

/** Demo-like rows for the visit tests. */
export const agreement: Schemas['Agreement'] = {
  id: 17,
  organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  period: { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' },
  recipient: { id: 41, code: '20404', name: 'A Vao', level: 'commune', kindLabel: 'xã' },
  district: { id: 12, code: '510', name: 'Nam Giang' },
  startDate: '2016-05-15',
  endDate: '2020-12-31',
  status: 'active',
  version: 4,
};

const summary: Schemas['AgreementSummary'] = {
  id: agreement.id,
  status: agreement.status,
  organization: agreement.organization,
  recipient: agreement.recipient,
  district: agreement.district,
  period: agreement.period,
};

export function actionPoint(overrides: Partial<Schemas['ActionPoint']> = {}): Schemas['ActionPoint'] {
  return {
    id: 88,
    visitId: 25,
    description: 'Hướng dẫn 3 hộ còn lại làm chuồng bò',
    owner: 'Trạm Khuyến nông huyện Nam Giang',
    dueDate: '2017-08-31',
    status: 'open',
    overdue: true,
    version: 5,
    ...overrides,
  };
}

export function visit(overrides: Partial<Schemas['MonitoringVisit']> = {}): Schemas['MonitoringVisit'] {
  return {
    id: 25,
    agreement: summary,
    visitDate: '2017-06-12',
    participants: 'Sở NN&PTNT (ông Trần Văn Bình); UBND xã A Vao (bà Hồ Thị Lan)',
    findings: 'Mô hình nuôi bò sinh sản phát triển tốt; 3 hộ chưa làm chuồng.',
    actionPoints: [
      actionPoint(),
      actionPoint({
        id: 89,
        description: 'Tập huấn trồng cỏ cho bò',
        owner: 'UBND xã A Vao',
        dueDate: '2017-09-30',
        status: 'done',
        completedOn: '2017-09-20',
        overdue: false,
        version: 2,
      }),
    ],
    version: 7,
    createdBy: 'sonnptnt',
    ...overrides,
  };
}

export function visitListItem(): Schemas['MonitoringVisitListItem'] {
  const { actionPoints: _points, ...rest } = visit();
  return { ...rest, actionPoints: { total: 2, open: 1, overdue: 1 } };
}

/**
 * The API as the visit screens see it. The visit changes as the server's would when a step is
 * taken, and every change request is recorded with its If-Match.
 */
export function visitsStub() {
  let current = visit();
  const changes: { path: string; ifMatch: string | null; body: unknown }[] = [];
  const stepTo = (status: Schemas['ActionPointStatus']) => async (request: Request, params: Record<string, string>) => {
    const body = (await request.json()) as { completedOn?: string };
    changes.push({ path: new URL(request.url).pathname, ifMatch: request.headers.get('If-Match'), body });
    const points = (current.actionPoints ?? []).map((point) =>
      String(point.id) === params.apId
        ? {
            ...point,
            status,
            overdue: false,
            completedOn: status === 'done' ? (body.completedOn ?? '2017-09-01') : undefined,
            version: (point.version ?? 0) + 1,
          }
        : point,
    );
    current = { ...current, actionPoints: points, version: (current.version ?? 0) + 1 };
    return json(points.find((point) => String(point.id) === params.apId));
  };
  const stub: FetchStub = createFetchStub()
    .on('GET', '/api/v1/periods', () => json(page([{ id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' }])))
    .on('GET', '/api/v1/admin-units', () => json(page([{ id: 12, code: '510', name: 'Nam Giang', level: 'district' }])))
    .on('GET', '/api/v1/organizations', () => json(page([agreement.organization])))
    .on('GET', '/api/v1/agreements', (request) =>
      json(page(new URL(request.url).searchParams.get('status') === 'active' ? [agreement] : [])),
    )
    .on('GET', '/api/v1/monitoring-visits', () => json(page([visitListItem()])))
    .on('GET', '/api/v1/monitoring-visits/:id', () => json(current))
    .on('POST', '/api/v1/monitoring-visits/:id/action-points/:apId/start', stepTo('in_progress'))
    .on('POST', '/api/v1/monitoring-visits/:id/action-points/:apId/complete', stepTo('done'))
    .on('POST', '/api/v1/monitoring-visits/:id/action-points/:apId/cancel', stepTo('cancelled'))
    .on('POST', '/api/v1/monitoring-visits/:id/action-points/:apId/reopen', stepTo('open'));
  return { stub, changes };
}

/** The query string of the last request to `path` (exact), as a plain object. */
export function lastQuery(stub: FetchStub, path: string): Record<string, string> | undefined {
  const request = stub.requests.filter((candidate) => new URL(candidate.url).pathname === path).at(-1);
  return request ? Object.fromEntries(new URL(request.url).searchParams) : undefined;
}

/**
 * A page of antd selects, a range picker and a wide table takes jsdom about two seconds to draw on
 * a two-core machine, past Testing Library's one-second wait and Vitest's five-second test.
 */
export function allowSlowRendering() {
  configure({ asyncUtilTimeout: 15_000 });
  vi.setConfig({ testTimeout: 60_000 });
}
