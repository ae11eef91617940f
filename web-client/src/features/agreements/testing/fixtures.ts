import type { Schemas } from '@/lib/api/client';
import { json, page, type FetchStub } from '@/testing/fetch-stub';

export const agreementAVao = {
  id: 17,
  organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  organizationKind: 'department',
  period: { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' },
  recipient: { id: 41, code: '20404', name: 'A Vao', level: 'commune', kindLabel: 'xã' },
  district: { id: 12, code: '510', name: 'Nam Giang' },
  startDate: '2016-05-15',
  endDate: '2020-12-31',
  status: 'active',
  documentNumber: '12/BB-KN',
  signedOn: '2016-05-15',
  focalOfficerName: 'Trần Văn Bình',
  focalOfficerTitle: 'Phó Chánh Văn phòng Sở',
  focalOfficerPhone: '0235 3812 345',
  focalOfficerEmail: 'binh@snnptnt.quangnam.gov.vn',
  version: 3,
  createdAt: '2016-05-10T02:00:00Z',
  createdBy: 'sonnptnt',
  updatedAt: '2016-06-01T03:00:00Z',
  updatedBy: 'bdt',
} satisfies Schemas['Agreement'];

export const agreementTaBhing = {
  ...agreementAVao,
  id: 18,
  recipient: { id: 42, code: '20410', name: 'Tà Bhing', level: 'commune', kindLabel: 'xã' },
  status: 'proposed',
  documentNumber: undefined,
  version: 0,
} satisfies Schemas['Agreement'];

export const periods = [
  { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020', startYear: 2016, endYear: 2020, version: 0 },
  { id: 1, code: '2012-2015', name: 'Giai đoạn 2012–2015', startYear: 2012, endYear: 2015, version: 0 },
] satisfies Schemas['Period'][];

export const districts = [
  { id: 12, code: '510', name: 'Nam Giang', level: 'district', kindLabel: 'huyện', terrain: 'mountainous' },
  { id: 11, code: '504', name: 'Tây Giang', level: 'district', kindLabel: 'huyện', terrain: 'mountainous' },
] satisfies Schemas['AdminUnit'][];

export const namGiangCommunes = [
  { id: 41, code: '20404', name: 'A Vao', level: 'commune', kindLabel: 'xã', parent: { id: 12, name: 'Nam Giang' } },
  { id: 42, code: '20410', name: 'Tà Bhing', level: 'commune', kindLabel: 'xã', parent: { id: 12, name: 'Nam Giang' } },
] satisfies Schemas['AdminUnit'][];

/** The catalogues the filters and the form read: periods, mountainous districts and their communes. */
export function stubCatalogues(stub: FetchStub) {
  stub.on('GET', '/api/v1/periods', () => json(page(periods)));
  stub.on('GET', '/api/v1/admin-units', (request) => {
    const query = new URL(request.url).searchParams;
    if (query.get('level') === 'district') {
      return json(page(districts));
    }
    return json(page(query.get('parentId') === '12' ? namGiangCommunes : []));
  });
  stub.on('GET', '/api/v1/organizations/:id', () =>
    json({ id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', version: 0 }),
  );
  stub.on('GET', '/api/v1/organizations', () =>
    json(page([{ id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', version: 0 }])),
  );
  return stub;
}
