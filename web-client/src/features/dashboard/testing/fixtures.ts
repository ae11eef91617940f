import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import type { SupportStats, SupportStatsRow } from '@/lib/stats';
import { createFetchStub, json, page, type FetchStub } from '@/testing/fetch-stub';

/** Stats answers shaped like the API's, with hand-made figures (test data). */
function row(dimension: string, key: { id?: number; code: string; label: string }, valueVnd: number, records: number): SupportStatsRow {
  return {
    keys: [{ dimension, id: key.id, code: key.code, label: key.label }],
    valueVnd,
    cashVnd: Math.round(valueVnd / 4),
    inKindVnd: valueVnd - Math.round(valueVnd / 4),
    records,
    households: records * 3,
    people: records * 10,
    students: records,
    confirmedVnd: Math.round(valueVnd / 2),
  };
}

export const total = {
  valueVnd: 39_432_644_000,
  cashVnd: 9_858_161_000,
  inKindVnd: 29_574_483_000,
  records: 1899,
  households: 8300,
  people: 31_000,
  students: 2400,
  confirmedVnd: 19_716_322_000,
};

export const rowsBy: Record<string, SupportStatsRow[]> = {
  year: [
    row('year', { code: '2016', label: '2016' }, 9_000_000_000, 400),
    row('year', { code: '2017', label: '2017' }, 10_432_644_000, 520),
    row('year', { code: '2018', label: '2018' }, 20_000_000_000, 979),
  ],
  area: [
    row('area', { code: 'material', label: 'Về vật chất' }, 25_000_000_000, 1200),
    row('area', { code: 'production', label: 'Phát triển sản xuất, giảm nghèo bền vững' }, 10_000_000_000, 500),
    row('area', { code: 'spiritual', label: 'Về tinh thần' }, 4_432_644_000, 199),
  ],
  category: [row('category', { id: 12, code: 'material-tet-gifts', label: 'Thăm hỏi, tặng quà dịp Lễ, Tết' }, 39_432_644_000, 1899)],
  district: [
    row('district', { id: 12, code: '510', label: 'Nam Giang' }, 30_000_000_000, 1500),
    row('district', { id: 13, code: '504', label: 'Tây Giang' }, 9_432_644_000, 399),
  ],
  commune: [
    row('commune', { id: 41, code: '20404', label: 'A Vao' }, 12_000_000_000, 600),
    row('commune', { id: 42, code: '20405', label: 'Tà Bhing' }, 8_000_000_000, 300),
  ],
  organization: [
    row('organization', { id: 7, code: 'SNNPTNT', label: 'Sở Nông nghiệp và Phát triển nông thôn' }, 15_000_000_000, 700),
  ],
  partnerKind: [row('partnerKind', { code: 'department', label: 'Sở, ban, ngành' }, 39_432_644_000, 1899)],
  fundingSource: [
    row('fundingSource', { code: 'own_budget', label: 'Ngân sách đơn vị' }, 30_000_000_000, 1000),
    row('fundingSource', { code: 'mobilised_enterprise', label: 'Vận động doanh nghiệp' }, 9_432_644_000, 899),
  ],
  form: [
    row('form', { code: 'cash', label: 'Tiền mặt' }, 9_858_161_000, 500),
    row('form', { code: 'in_kind', label: 'Hiện vật' }, 29_574_483_000, 1399),
  ],
};

export function supportStats(groupBy: string): SupportStats {
  return { groupBy: groupBy ? [groupBy] : [], total, rows: rowsBy[groupBy] ?? [], truncated: false };
}

export const planStats = {
  groupBy: ['year'],
  total: { plannedVnd: 30_000_000_000, actualVnd: 24_000_000_000, plans: 12, agreedPlans: 10 },
  rows: [
    { keys: [{ dimension: 'year', id: null, code: '2017', label: '2017' }], plannedVnd: 14_000_000_000, actualVnd: 10_000_000_000, plans: 6, agreedPlans: 5 },
    { keys: [{ dimension: 'year', id: null, code: '2018', label: '2018' }], plannedVnd: 16_000_000_000, actualVnd: 14_000_000_000, plans: 6, agreedPlans: 5 },
  ],
};

/** Every request the dashboard makes, answered. */
export function dashboardStub(stub: FetchStub = createFetchStub()): FetchStub {
  return stub
    .on('GET', '/api/v1/periods', () => json(page([{ id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' }])))
    .on('GET', '/api/v1/admin-units', (request) => {
      const level = new URL(request.url).searchParams.get('level');
      return level === 'commune'
        ? json(page([{ id: 41, name: 'A Vao', level: 'commune' }, { id: 42, name: 'Tà Bhing', level: 'commune' }]))
        : json(page([{ id: 12, code: '510', name: 'Nam Giang', level: 'district' }, { id: 13, code: '504', name: 'Tây Giang', level: 'district' }]));
    })
    .on('GET', '/api/v1/organizations', () =>
      json(page([{ id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'department' }])),
    )
    .on('GET', '/api/v1/organizations/:id', () =>
      json({ id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'department' }),
    )
    .on('GET', '/api/v1/stats/support', (request) => {
      if (request.headers.get('Accept')?.includes('spreadsheetml')) {
        return new Response(new Blob(['PK']), {
          status: 200,
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': "attachment; filename=\"thong-ke.xlsx\"; filename*=UTF-8''th%E1%BB%91ng-k%C3%AA.xlsx",
          },
        });
      }
      return json(supportStats(new URL(request.url).searchParams.get('groupBy') ?? ''));
    })
    .on('GET', '/api/v1/stats/plans', () => json(planStats));
}

/** The stats requests sent, by `groupBy`, as their query parameters. */
export function statsQueries(stub: FetchStub, path = '/api/v1/stats/support'): Record<string, string>[] {
  return stub.requests
    .filter((request) => new URL(request.url).pathname === path)
    .map((request) => Object.fromEntries(new URL(request.url).searchParams));
}

/**
 * The dashboard draws ten cards of antd tables and a bar of selects: on a loaded two-core machine
 * jsdom needs far more than Testing Library's default wait.
 */
export function allowSlowRendering() {
  configure({ asyncUtilTimeout: 30_000 });
  vi.setConfig({ testTimeout: 120_000 });
}
