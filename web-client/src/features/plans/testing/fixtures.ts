import type { Schemas } from '@/lib/api/client';
import { json, page, type FetchStub } from '@/testing/fetch-stub';

export const agreement = {
  id: 17,
  organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  period: { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' },
  recipient: { id: 41, code: '20404', name: 'A Vao', level: 'commune', kindLabel: 'xã' },
  district: { id: 12, code: '510', name: 'Nam Giang' },
  startDate: '2016-05-15',
  endDate: '2020-12-31',
  status: 'active',
  version: 3,
} satisfies Schemas['Agreement'];

const cows = {
  id: 31,
  category: { id: 14, code: 'PD-SEEDS-LIVESTOCK', name: 'Hỗ trợ giống cây trồng, con vật nuôi' },
  area: 'production',
  description: 'Hỗ trợ bò sinh sản cho hộ nghèo thôn 2',
  targetQuantity: 20,
  unitOfMeasure: 'con',
  plannedVnd: 300_000_000,
  startDate: '2017-03-01',
  endDate: '2017-06-30',
  actualVnd: 120_000_000,
  actualQuantity: 8,
  recordCount: 2,
  version: 5,
} satisfies Schemas['PlanItem'];

const exchange = {
  id: 32,
  category: { id: 2, code: 'SP-EXCHANGE', name: 'Giao lưu, trao đổi kinh nghiệm' },
  area: 'spiritual',
  description: 'Giao lưu văn hóa dịp Tết',
  plannedVnd: 150_000_000,
  actualVnd: 0,
  recordCount: 0,
  version: 1,
} satisfies Schemas['PlanItem'];

export const periodPlan = {
  id: 9,
  agreementId: 17,
  kind: 'period',
  title: 'Kế hoạch kết nghĩa giai đoạn 2016-2020 với xã A Vao',
  status: 'draft',
  items: [cows, exchange],
  totals: { plannedVnd: 450_000_000, actualVnd: 120_000_000 },
  version: 7,
  updatedAt: '2017-02-01T03:00:00Z',
} satisfies Schemas['Plan'];

export const agreedProgramme2017 = {
  id: 10,
  agreementId: 17,
  kind: 'annual',
  year: 2017,
  title: 'Chương trình kết nghĩa năm 2017 với xã A Vao',
  status: 'agreed',
  agreedAt: '2017-01-20T02:30:00Z',
  agreedBy: 'namgiang',
  agreementNote: 'UBND huyện Nam Giang thống nhất',
  items: [{ ...cows, id: 41, version: 2 }],
  totals: { plannedVnd: 300_000_000, actualVnd: 120_000_000 },
  version: 4,
} satisfies Schemas['Plan'];

export const programme2018 = {
  id: 11,
  agreementId: 17,
  kind: 'annual',
  year: 2018,
  title: 'Chương trình kết nghĩa năm 2018 với xã A Vao',
  status: 'draft',
  items: [],
  totals: { plannedVnd: 0, actualVnd: 0 },
  version: 0,
} satisfies Schemas['Plan'];

export const supportAreas = [
  { code: 'spiritual', name: 'Về tinh thần', categoryCount: 11 },
  { code: 'material', name: 'Về vật chất', categoryCount: 5 },
  { code: 'production', name: 'Phát triển sản xuất, giảm nghèo bền vững', categoryCount: 9 },
] satisfies Schemas['SupportAreaSummary'][];

export const categories = [
  { id: 2, area: 'spiritual', code: 'SP-EXCHANGE', name: 'Giao lưu, trao đổi kinh nghiệm', active: true },
  {
    id: 14,
    area: 'production',
    code: 'PD-SEEDS-LIVESTOCK',
    name: 'Hỗ trợ giống cây trồng, con vật nuôi',
    active: true,
  },
] satisfies Schemas['SupportCategory'][];

/** An agreement's plans and the catalogues the plan screens read. */
export function stubPlans(stub: FetchStub, plans: () => Schemas['Plan'][]) {
  stub.on('GET', '/api/v1/agreements/:agreementId/plans', () => json(plans()));
  stub.on('GET', '/api/v1/periods/:id', () =>
    json({ id: 2, code: '2016-2020', startYear: 2016, endYear: 2020, version: 0 }),
  );
  stub.on('GET', '/api/v1/support-categories/areas', () => json(supportAreas));
  stub.on('GET', '/api/v1/support-categories', () => json(page(categories)));
  return stub;
}
