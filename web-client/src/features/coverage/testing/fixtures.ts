import type { Schemas } from '@/lib/api/client';
import { createFetchStub, json, page, type FetchStub } from '@/testing/fetch-stub';

/** Test data shaped like the demo (labelled test data, as the demo is labelled demo data). */
export const headline: Schemas['CoverageView'] = {
  period: { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' },
  asOf: '2019-06-30',
  inactiveMonths: 6,
  planYear: 2019,
  communes: { especiallyDifficult: 66, withPartner: 33, withoutPartner: 33, onlyDistrictTwinning: 4 },
  organizations: { total: 41, participating: 35, withoutAgreement: 6, onlyProposed: 1 },
  agreements: { active: 40, noRecentSupport: 5, noAgreedPlan: 3, noReport: 2 },
  districts: [
    {
      id: 12,
      code: '510',
      name: 'Nam Giang',
      especiallyDifficult: 3,
      covered: 1,
      uncovered: 2,
      districtTwinning: true,
      communes: [
        { id: 41, code: '510-02', name: 'Cà Dy', partnerCount: 2 },
        { id: 42, code: '510-05', name: 'Chơ Chun', partnerCount: 0 },
        { id: 43, code: '510-06', name: 'Zuôih', partnerCount: 0 },
      ],
    },
  ],
};

export const uncoveredCommune: Schemas['CoverageCommuneRow'] = {
  id: 42,
  code: '510-05',
  name: 'Chơ Chun',
  district: { id: 12, code: '510', name: 'Nam Giang' },
  especiallyDifficult: true,
  ethnicMinorityArea: true,
  border: true,
  partners: [],
  partnerCount: 0,
  districtTwinning: true,
  receivedVnd: 0,
};

export const visitedCommune: Schemas['CoverageCommuneRow'] = {
  id: 41,
  code: '510-02',
  name: 'Cà Dy',
  district: { id: 12, code: '510', name: 'Nam Giang' },
  especiallyDifficult: true,
  ethnicMinorityArea: true,
  border: false,
  partners: [{ organizationId: 7, name: 'Sở Nông nghiệp và Phát triển nông thôn', agreementId: 17 }],
  partnerCount: 1,
  districtTwinning: true,
  lastSupportDate: '2019-05-10',
  receivedVnd: 260_000_000,
  lastVisitDate: '2019-04-01',
  daysSinceVisit: 90,
};

export const idleOrganization: Schemas['CoverageOrganizationRow'] = {
  id: 31,
  code: 'STP',
  name: 'Sở Tư pháp',
  kind: 'department',
  activeAgreements: 0,
  proposedAgreements: 0,
  participating: false,
  givenVnd: 0,
};

export const otherIdleOrganization: Schemas['CoverageOrganizationRow'] = {
  ...idleOrganization,
  id: 32,
  code: 'SKHCN',
  name: 'Sở Khoa học và Công nghệ',
};

export const inactiveAgreement: Schemas['CoverageAgreementRow'] = {
  id: 23,
  documentNumber: '23/BB-KN',
  organization: { id: 9, code: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
  recipient: { id: 44, code: '510-10', name: 'La Êê' },
  recipientLevel: 'commune',
  district: { id: 12, code: '510', name: 'Nam Giang' },
  startDate: '2016-07-19',
  lastSupportDate: '2018-08-01',
  monthsSinceSupport: 10,
  agreedPlan: false,
  latestReport: {
    reportId: 501,
    reportingPeriodId: 3,
    reportingPeriodName: 'Báo cáo năm 2018',
    dueDate: '2018-12-16',
    status: 'draft',
    excused: false,
    submitted: false,
  },
  gaps: ['no_recent_support', 'no_agreed_plan', 'no_report'],
};

export function coverageStub(): FetchStub {
  return createFetchStub()
    .on('GET', '/api/v1/coverage', () => json(headline))
    .on('GET', '/api/v1/coverage/communes', (request) => {
      const covered = new URL(request.url).searchParams.get('covered');
      return json({ ...page(covered === 'false' ? [uncoveredCommune] : [uncoveredCommune, visitedCommune]) });
    })
    .on('GET', '/api/v1/coverage/organizations', () => json(page([idleOrganization, otherIdleOrganization])))
    .on('GET', '/api/v1/coverage/agreements', () => json({ planYear: 2019, ...page([inactiveAgreement]) }))
    .on('GET', '/api/v1/periods', () =>
      json(page([{ id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020', startYear: 2016, endYear: 2020, version: 0 }])),
    )
    .on('GET', '/api/v1/admin-units', () => json(page([{ id: 12, code: '510', name: 'Nam Giang', level: 'district' }])));
}
