import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import type { Schemas } from '@/lib/api/client';
import { createFetchStub, json, page, type FetchStub } from '@/testing/fetch-stub';

/** Demo-like rows for the support tests (labelled as test data, as the demo data is). */
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

export function supportRecord(overrides: Partial<Schemas['SupportRecord']> = {}): Schemas['SupportRecord'] {
  return {
    id: 301,
    agreement: summary,
    supportDate: '2017-01-20',
    category: { id: 12, code: 'material-tet-gifts', name: 'Thăm hỏi, tặng quà dịp Lễ, Tết', area: 'material' },
    description: 'Tặng quà Tết cho hộ nghèo thôn 2',
    quantity: 120,
    unitOfMeasure: 'suất quà',
    valueVnd: 60_000_000,
    form: 'in_kind',
    fundingSource: 'staff_contributions',
    beneficiaryHouseholds: 120,
    beneficiaryPeople: 480,
    status: 'recorded',
    version: 2,
    createdBy: 'sonnptnt',
    ...overrides,
  };
}

export const totals: Schemas['SupportTotals'] = {
  count: 1900,
  valueVnd: 27_000_000_000,
  cashVnd: 9_500_000_000,
  inKindVnd: 17_500_000_000,
  beneficiaryHouseholds: 8300,
  beneficiaryPeople: 31_000,
  beneficiaryStudents: 2400,
};

export const categories: Schemas['SupportCategory'][] = [
  { id: 3, area: 'spiritual', code: 'spiritual-exchange', name: 'Giao lưu, trao đổi kinh nghiệm', active: true },
  { id: 12, area: 'material', code: 'material-tet-gifts', name: 'Thăm hỏi, tặng quà dịp Lễ, Tết', active: true },
  { id: 14, area: 'production', code: 'PD-SEEDS-LIVESTOCK', name: 'Hỗ trợ giống cây trồng, con vật nuôi', active: true },
];

/** The API as the support screens see it: look-ups, one page of records and their totals (later routes win). */
export function supportStub(rows: Schemas['SupportRecord'][] = [supportRecord()]): FetchStub {
  return createFetchStub()
    .on('GET', '/api/v1/periods', () => json(page([{ id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' }])))
    .on('GET', '/api/v1/admin-units', () => json(page([{ id: 12, code: '510', name: 'Nam Giang', level: 'district' }])))
    .on('GET', '/api/v1/organizations', () => json(page([agreement.organization])))
    .on('GET', '/api/v1/support-categories', () => json(page(categories)))
    .on('GET', '/api/v1/agreements', (request) =>
      json(page(new URL(request.url).searchParams.get('status') === 'active' ? [agreement] : [])),
    )
    .on('GET', '/api/v1/agreements/:id/plans', () => json([]))
    .on('GET', '/api/v1/support-records/:id', (_, { id }) => json(rows.find((row) => String(row.id) === id)))
    .on('GET', '/api/v1/support-records', () => json(page(rows)))
    .on('GET', '/api/v1/support-records/totals', () => json(totals));
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
