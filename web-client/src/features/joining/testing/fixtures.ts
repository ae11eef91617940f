import { createFetchStub, json, page, type FetchStub } from '@/testing/fetch-stub';
import type { EligibleCommune, Invitation, Registration } from '../types';

export const periods = [
  { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020', startYear: 2016, endYear: 2020 },
  { id: 1, code: '2012-2015', name: 'Giai đoạn 2012–2015', startYear: 2012, endYear: 2015 },
];

export const organizations = [
  { id: 3, code: 'SYT', name: 'Sở Y tế', kind: 'department', active: true },
  { id: 4, code: 'HND', name: 'Hội Nông dân tỉnh', kind: 'mass_organization', active: true },
  { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'department', active: true },
];

export const communes: EligibleCommune[] = [
  { id: 41, code: '510-01', name: 'Zuôih', kindLabel: 'xã', district: { id: 12, code: '510', name: 'Nam Giang' }, border: false, activePartners: 0, proposedPartners: 0 },
  { id: 42, code: '510-02', name: 'Chơ Chun', kindLabel: 'xã', district: { id: 12, code: '510', name: 'Nam Giang' }, border: true, activePartners: 2, proposedPartners: 0 },
];

export function invitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: 9,
    period: { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' },
    organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
    organizationKind: 'department',
    sentOn: '2016-04-25',
    replyBy: '2016-05-31',
    status: 'sent',
    version: 0,
    ...overrides,
  };
}

export function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: 5,
    period: { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' },
    organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
    organizationKind: 'department',
    invitationId: 9,
    communes: [
      { id: 41, code: '510-01', name: 'Zuôih', level: 'commune', kindLabel: 'xã', district: { id: 12, code: '510', name: 'Nam Giang' } },
      { id: 42, code: '510-02', name: 'Chơ Chun', level: 'commune', kindLabel: 'xã', district: { id: 12, code: '510', name: 'Nam Giang' } },
    ],
    supportAreas: ['material', 'production'],
    commitment: 'Hỗ trợ giống cây trồng',
    proposedStartDate: '2016-07-01',
    contactName: 'Trần Văn Bình',
    status: 'submitted',
    version: 3,
    createdAt: '2016-05-20T09:30:00Z',
    ...overrides,
  };
}

export interface Change {
  method: string;
  path: string;
  ifMatch: string | null;
  body: unknown;
}

/** The joining API as the tests need it, recording every change sent. */
export function joiningStub(current: Registration = registration()): { stub: FetchStub; changes: Change[] } {
  const stub = createFetchStub();
  // Later routes win: the eligible communes come after the registration by id, whose pattern would match them.
  const changes: Change[] = [];
  const record = async (request: Request) => {
    const text = await request.text();
    changes.push({
      method: request.method,
      path: new URL(request.url).pathname,
      ifMatch: request.headers.get('If-Match'),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
  };
  stub
    .on('GET', '/api/v1/periods', () => json(page(periods)))
    .on('GET', '/api/v1/organizations', () => json(page(organizations)))
    .on('GET', '/api/v1/invitations', () => json(page([invitation()])))
    .on('GET', '/api/v1/registrations', () => json(page([current])))
    .on('GET', '/api/v1/registrations/:id', () => json(current, { headers: { ETag: `"${current.version ?? 0}"` } }))
    .on('GET', '/api/v1/registrations/eligible-communes', () => json(communes))
    .on('GET', '/api/v1/notifications/unread-count', () => json({ count: 0 }))
    .on('POST', '/api/v1/invitations', async (request) => {
      await record(request);
      return json([invitation({ id: 21 }), invitation({ id: 22 })], { status: 201 });
    })
    .on('POST', '/api/v1/registrations', async (request) => {
      await record(request);
      return json(registration({ id: 6 }), { status: 201 });
    })
    .on('POST', '/api/v1/registrations/:id/:step', async (request) => {
      await record(request);
      return json(registration({ status: 'approved', version: 4 }));
    });
  return { stub, changes };
}
