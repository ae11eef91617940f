import { createFetchStub, json, page, type FetchStub } from '@/testing/fetch-stub';
import type { Report, ReportListItem } from '../types';

/** A unit's report of the first half of 2026, as the API would answer. */
export function report(overrides: Partial<Report> = {}): Report {
  return {
    id: 41,
    period: {
      id: 3,
      name: 'Báo cáo 6 tháng đầu năm 2026',
      year: 2026,
      regime: 'semi_annual',
      dueDate: '2026-06-16',
      windowStart: '2025-12-15',
      windowEnd: '2026-06-14',
      status: 'open',
    },
    reporterKind: 'organization',
    reporter: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
    status: 'draft',
    timeliness: 'pending',
    daysLate: 0,
    excused: false,
    rosterSource: 'frozen',
    submissionCount: 0,
    results: 'Đã hỗ trợ 40 con bò giống cho xã A Vao.',
    difficulties: [{ theme: 'material', districtId: 12, districtName: 'Nam Giang', text: 'Thiếu vốn đối ứng' }],
    recommendations: [],
    figures: {
      from: '2025-12-15',
      to: '2026-06-14',
      live: true,
      total: {
        key: 'total',
        label: 'total',
        valueVnd: 400_000_000,
        confirmedVnd: 300_000_000,
        records: 3,
        households: 40,
        people: 160,
        students: 0,
        filter: { from: '2025-12-15', to: '2026-06-14', organizationId: '7' },
      },
      byArea: [
        {
          key: 'production',
          label: 'production',
          valueVnd: 400_000_000,
          confirmedVnd: 300_000_000,
          records: 3,
          households: 40,
          people: 160,
          students: 0,
          filter: { from: '2025-12-15', to: '2026-06-14', organizationId: '7', area: 'production' },
        },
      ],
      planVsActual: [
        {
          agreementId: 17,
          partnerName: 'Sở Nông nghiệp và Phát triển nông thôn',
          recipientName: 'xã A Vao',
          planId: 70,
          planStatus: 'agreed',
          plannedVnd: 800_000_000,
          actualVnd: 400_000_000,
        },
      ],
    },
    versions: [],
    steps: [
      { action: 'created', toStatus: 'draft', actor: 'system', actorName: 'Hệ thống', at: '2026-06-01T07:00:00+07:00' },
    ],
    attachments: [
      {
        id: 5,
        fileName: 'Báo cáo Sở NN.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 1_572_864,
        uploadedAt: '2026-06-10T09:00:00+07:00',
        uploadedBy: 'sonnptnt',
      },
    ],
    actions: ['edit', 'submit', 'attach'],
    version: 4,
    ...overrides,
  };
}

export function listItem(overrides: Partial<ReportListItem> = {}): ReportListItem {
  const { id, period, reporterKind, reporter, status, timeliness, daysLate, excused, submissionCount } = report();
  return { id, period, reporterKind, reporter, status, timeliness, daysLate, excused, submissionCount, ...overrides };
}

export interface RecordedChange {
  method: string;
  path: string;
  ifMatch: string | null;
  body: unknown;
}

/**
 * The API as the report screens see it: the report moves as the server's would on each step
 * (status, version), and every change is recorded with its If-Match and body.
 */
export function reportsStub(initial: Report = report()) {
  let current = initial;
  const changes: RecordedChange[] = [];
  const record = async (request: Request) => {
    const text = await request.text();
    changes.push({
      method: request.method,
      path: new URL(request.url).pathname,
      ifMatch: request.headers.get('If-Match'),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  const step = (status: Report['status'], actions: string[], extra: (body: Record<string, unknown>) => Partial<Report> = () => ({})) =>
    async (request: Request) => {
      const body = await record(request);
      current = { ...current, status, actions, version: (current.version ?? 0) + 1, ...extra(body) };
      return json(current);
    };
  const stub: FetchStub = createFetchStub()
    .on('GET', '/api/v1/reports', () => json(page([listItem()])))
    .on('GET', '/api/v1/reports/:id', () => json(current))
    .on('GET', '/api/v1/reporting-periods', () => json(page([{ id: 3, name: 'Báo cáo 6 tháng đầu năm 2026', year: 2026 }])))
    .on('GET', '/api/v1/admin-units', () => json(page([{ id: 12, code: '510', name: 'Nam Giang', level: 'district' }])))
    .on('PUT', '/api/v1/reports/:id', async (request) => {
      const body = (await record(request)) as Partial<Report>;
      current = { ...current, ...body, version: (current.version ?? 0) + 1 };
      return json(current);
    })
    .on('POST', '/api/v1/reports/:id/submit', step('submitted', [], () => ({ submissionCount: (current.submissionCount ?? 0) + 1 })))
    .on('POST', '/api/v1/reports/:id/return', step('returned', ['edit', 'submit', 'attach'], (body) => ({ returnReason: String(body.reason) })))
    .on('POST', '/api/v1/reports/:id/accept', step('accepted', []));
  return { stub, changes, current: () => current };
}
