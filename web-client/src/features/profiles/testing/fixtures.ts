import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import type { Schemas } from '@/lib/api/client';
import { createFetchStub, json, page, type FetchStub } from '@/testing/fetch-stub';

/** Test data shaped like the API's answers. */
export const commune: Schemas['AdminUnit'] = {
  id: 41,
  parent: { id: 12, code: '510', name: 'Nam Giang' },
  level: 'commune',
  code: '20404',
  name: 'A Vao',
  kind: 'commune',
  kindLabel: 'xã',
  flags: [
    { periodId: 1, periodCode: '2012-2015', especiallyDifficult: true, ethnicMinorityArea: true, border: false },
    { periodId: 2, periodCode: '2016-2020', especiallyDifficult: false, ethnicMinorityArea: true, border: true },
  ],
  version: 0,
};

export const organization: Schemas['Organization'] = {
  id: 7,
  code: 'SNNPTNT',
  name: 'Sở Nông nghiệp và Phát triển nông thôn',
  kind: 'department',
  address: '152 Hùng Vương, Tam Kỳ',
  phone: '0235 3852 123',
  officerName: 'Lê Thị Hoa',
  officerTitle: 'Phó Chánh Văn phòng',
  active: true,
  version: 1,
};

export const agreement: Schemas['Agreement'] = {
  id: 17,
  organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  organizationKind: 'department',
  period: { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' },
  recipient: { id: 41, code: '20404', name: 'A Vao', level: 'commune', kindLabel: 'xã' },
  district: { id: 12, code: '510', name: 'Nam Giang' },
  startDate: '2016-05-15',
  endDate: '2020-12-31',
  status: 'active',
  version: 4,
};

const total = {
  valueVnd: 1_250_000_000,
  cashVnd: 250_000_000,
  inKindVnd: 1_000_000_000,
  records: 42,
  households: 120,
  people: 480,
  students: 35,
  confirmedVnd: 1_000_000_000,
};

function stats(groupBy: string) {
  const rows: Record<string, { dimension: string; id?: number; code: string; label: string }[]> = {
    year: [
      { dimension: 'year', code: '2017', label: '2017' },
      { dimension: 'year', code: '2018', label: '2018' },
    ],
    area: [{ dimension: 'area', code: 'material', label: 'Về vật chất' }],
    organization: [{ dimension: 'organization', id: 7, code: 'SNNPTNT', label: 'Sở Nông nghiệp và Phát triển nông thôn' }],
    commune: [{ dimension: 'commune', id: 41, code: '20404', label: 'A Vao' }],
  };
  const keys = rows[groupBy] ?? [];
  // Two years split the total 450 + 800 million; other dimensions have one row of everything.
  const values = keys.length === 2 ? [450_000_000, 800_000_000] : [total.valueVnd];
  return {
    groupBy: [groupBy],
    total,
    rows: keys.map((key, index) => ({ ...total, keys: [key], valueVnd: values[index], records: index === 0 ? 20 : 22 })),
    truncated: false,
  };
}

/** Every request a profile page makes, answered. */
export function profileStub(stub: FetchStub = createFetchStub()): FetchStub {
  return stub
    .on('GET', '/api/v1/admin-units/:id', () => json(commune))
    .on('GET', '/api/v1/organizations/:id', () => json(organization))
    .on('GET', '/api/v1/agreements', () => json(page([agreement])))
    .on('GET', '/api/v1/monitoring-visits', () =>
      json(
        page([
          {
            id: 25,
            agreement: { id: 17, organization: agreement.organization, recipient: agreement.recipient },
            visitDate: '2018-06-12',
            findings: 'Mô hình trồng sâm phát triển tốt',
          },
        ]),
      ),
    )
    .on('GET', '/api/v1/reports', () =>
      json(
        page([
          {
            id: 90,
            period: { id: 3, name: 'Báo cáo năm 2018', dueDate: '2018-12-15' },
            reporterKind: 'organization',
            reporter: { id: 7, name: organization.name },
            status: 'accepted',
            timeliness: 'on_time',
          },
        ]),
      ),
    )
    .on('GET', '/api/v1/stats/support', (request) => json(stats(new URL(request.url).searchParams.get('groupBy') ?? '')))
    .on('GET', '/api/v1/stats/plans', () =>
      json({ groupBy: ['year'], total: { plannedVnd: 1_500_000_000, actualVnd: 1_250_000_000, plans: 2, agreedPlans: 2 }, rows: [] }),
    );
}

export function allowSlowRendering() {
  configure({ asyncUtilTimeout: 30_000 });
  vi.setConfig({ testTimeout: 120_000 });
}
