import { createFetchStub, json, page, type FetchStub } from '@/testing/fetch-stub';
import type { Completeness, ReportingPeriod, Summary } from '../types';

export function period(overrides: Partial<ReportingPeriod> = {}): ReportingPeriod {
  return {
    id: 3,
    regime: 'semi_annual',
    regimeName: 'Báo cáo 6 tháng',
    year: 2026,
    name: 'Báo cáo 6 tháng đầu năm 2026',
    windowStart: '2025-12-15',
    windowEnd: '2026-06-14',
    opensOn: '2026-06-01',
    dueDate: '2026-06-16',
    status: 'open',
    openedAt: '2026-06-01T07:00:00+07:00',
    openedBy: 'bdt',
    reportCount: 3,
    submittedCount: 1,
    version: 2,
    ...overrides,
  };
}

const counts = (overrides: object = {}) => ({
  expected: 3,
  submitted: 1,
  onTime: 1,
  late: 0,
  overdue: 2,
  pending: 0,
  returned: 0,
  accepted: 1,
  excused: 0,
  submittedRate: 33.3,
  ...overrides,
});

export const completeness: Completeness = {
  period: period(),
  asOf: '2026-06-20T08:00:00+07:00',
  totals: counts(),
  byReporterKind: [],
  byDistrict: [{ key: '12', label: 'Nam Giang', counts: counts() }],
  byOrganizationKind: [{ key: 'department', label: 'department', counts: counts({ expected: 2 }) }],
  reporters: [
    {
      reportId: 42,
      reporterKind: 'district',
      reporterId: 12,
      reporterName: 'UBND huyện Nam Giang',
      status: 'draft',
      timeliness: 'overdue',
      daysLate: 4,
      excused: false,
      rosterSource: 'frozen',
    },
    {
      reportId: 43,
      reporterKind: 'organization',
      reporterId: 9,
      reporterName: 'Sở Y tế',
      organizationKind: 'department',
      status: 'draft',
      timeliness: 'overdue',
      daysLate: 4,
      excused: false,
      rosterSource: 'added',
    },
    {
      reportId: 41,
      reporterKind: 'organization',
      reporterId: 7,
      reporterName: 'Sở Nông nghiệp và Phát triển nông thôn',
      organizationKind: 'department',
      status: 'accepted',
      timeliness: 'on_time',
      daysLate: 0,
      excused: false,
      rosterSource: 'frozen',
      firstSubmittedAt: '2026-06-12T10:00:00+07:00',
    },
  ],
};

export const summary: Summary = {
  period: period(),
  generatedAt: '2026-06-20T08:00:00+07:00',
  figures: {
    total: { key: 'total', valueVnd: 400_000_000, confirmedVnd: 300_000_000, records: 3, filter: { from: '2025-12-15', to: '2026-06-14' } },
    byArea: [],
    byCategory: [],
    byDistrict: [
      { key: '12', label: 'Nam Giang', valueVnd: 400_000_000, records: 3, filter: { from: '2025-12-15', to: '2026-06-14', districtId: '12' } },
    ],
    byCommune: [],
    byForm: [],
    byFundingSource: [],
    byPartnerKind: [
      {
        key: 'department',
        label: 'department',
        valueVnd: 400_000_000,
        records: 3,
        filter: { from: '2025-12-15', to: '2026-06-14', partnerKind: 'department' },
      },
    ],
    byOrganization: [],
  },
  completeness: {
    totals: counts(),
    late: [],
    missing: [{ reportId: 42, reporterName: 'UBND huyện Nam Giang', timeliness: 'overdue', daysLate: 4 }],
  },
  results: [{ reportId: 41, reporterName: 'Sở Nông nghiệp và Phát triển nông thôn', text: 'Đã hỗ trợ 40 con bò.' }],
  difficulties: [
    {
      districtId: 12,
      districtName: 'Nam Giang',
      themes: [{ theme: 'material', items: [{ reportId: 41, reporterName: 'Sở Nông nghiệp và Phát triển nông thôn', text: 'Thiếu vốn đối ứng' }] }],
    },
  ],
  recommendations: [],
};

export interface RecordedChange {
  method: string;
  path: string;
  ifMatch: string | null;
  body: unknown;
}

export function reportingStub(current: ReportingPeriod = period()) {
  const changes: RecordedChange[] = [];
  const record = (answer: () => Response) => async (request: Request) => {
    const text = await request.text();
    changes.push({
      method: request.method,
      path: new URL(request.url).pathname,
      ifMatch: request.headers.get('If-Match'),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
    return answer();
  };
  const stub: FetchStub = createFetchStub()
    .on('GET', '/api/v1/reporting-periods', () => json(page([current])))
    .on('GET', '/api/v1/reporting-periods/:id', () => json(current))
    .on('GET', '/api/v1/reporting-periods/:id/completeness', () => json(completeness))
    .on('GET', '/api/v1/reporting-periods/:id/summary', () => json(summary))
    .on('GET', '/api/v1/reporting-regimes', () =>
      json([
        { code: 'semi_annual', name: 'Báo cáo 6 tháng', windowStartMonth: 12, windowStartDay: 15, windowEndMonth: 6, windowEndDay: 14, opensMonth: 6, opensDay: 1, dueMonth: 6, dueDay: 16, version: 0 },
        { code: 'annual', name: 'Báo cáo năm', windowStartMonth: 12, windowStartDay: 15, windowEndMonth: 12, windowEndDay: 14, opensMonth: 12, opensDay: 1, dueMonth: 12, dueDay: 16, version: 0 },
      ]),
    )
    .on('GET', '/api/v1/reports', () => json(page([])))
    .on('GET', '/api/v1/reports/:id', (_, params) => json({ id: Number(params.id), version: 9 }))
    .on('POST', '/api/v1/reporting-periods', record(() => json(period({ id: 8, status: 'planned' }), { status: 201 })))
    .on('PUT', '/api/v1/reporting-regimes/:code', record(() => json({ code: 'semi_annual', version: 1 })))
    .on('PUT', '/api/v1/reporting-periods/:id', record(() => json({ ...current, version: (current.version ?? 0) + 1 })))
    .on('POST', '/api/v1/reporting-periods/:id/open', record(() => json(period())))
    .on('POST', '/api/v1/reporting-periods/:id/close', record(() => json(period({ status: 'closed' }))))
    .on('POST', '/api/v1/reporting-periods/:id/reminders', record(() => json({ notifications: 2, emails: 1 })))
    .on('POST', '/api/v1/reports/:id/excuse', record(() => json({ id: 42, version: 10 })));
  return { stub, changes };
}
