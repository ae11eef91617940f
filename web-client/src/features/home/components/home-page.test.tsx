import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFetchStub, json, page } from '@/testing/fetch-stub';
import { renderWithProviders, users } from '@/testing/render';
import { HomePage } from './home-page';

// Testing Library folds the non-breaking space before ₫ into a plain one when it reads the page.
const NBSP = ' ';
const parties = {
  organization: { id: 1, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  recipient: { id: 45, name: 'Chơ Chun', kindLabel: 'xã' },
  district: { id: 10, name: 'Nam Giang' },
};
const agreements = [
  { id: 7, status: 'active', ...parties },
  { id: 8, status: 'active', ...parties, recipient: { id: 46, name: 'Tà Bhing', kindLabel: 'xã' } },
  { id: 9, status: 'ended', ...parties, recipient: { id: 47, name: 'Cà Dy', kindLabel: 'xã' } },
];
const item = { id: 1, description: 'Giống bò', plannedVnd: 300_000_000 };
const plansOf: Record<string, unknown[]> = {
  7: [
    { id: 70, kind: 'period', status: 'agreed', title: 'Kế hoạch 2016–2020', items: [item] },
    { id: 71, kind: 'annual', year: 2020, status: 'draft', title: 'Chương trình 2020 với xã Chơ Chun', items: [item], totals: { plannedVnd: 300_000_000 } },
  ],
  8: [{ id: 80, kind: 'annual', year: 2020, status: 'draft', title: 'Chương trình 2020 với xã Tà Bhing', items: [] }],
};

const openPeriod = (dueDate: string) => ({ id: 3, name: `Báo cáo kỳ hạn ${dueDate}`, dueDate, status: 'open' });
const ownReports = [
  { id: 41, status: 'draft', timeliness: 'overdue', daysLate: 4, period: openPeriod('2026-06-16') },
  { id: 44, status: 'accepted', timeliness: 'on_time', period: openPeriod('2025-12-16') },
];

function homeStub() {
  return createFetchStub()
    .on('GET', '/api/v1/reports', (request) =>
      json(
        new URL(request.url).searchParams.get('status') === 'submitted'
          ? page([{ id: 45, period: { name: 'Báo cáo 6 tháng đầu năm 2026' }, reporter: { name: 'Sở Y tế' }, lastSubmittedAt: '2026-06-12T10:00:00+07:00' }], 7)
          : page(ownReports),
      ),
    )
    .on('GET', '/api/v1/agreements', () => json(page(agreements)))
    .on('GET', '/api/v1/agreements/:id/plans', (_, { id = '' }) => json(plansOf[id] ?? []))
    .on('GET', '/api/v1/support-records', () =>
      json(
        page(
          [
            {
              id: 301,
              agreement: parties,
              supportDate: '2020-12-27',
              description: 'Cấp 545 kg lúa giống',
              valueVnd: 13_137_000,
              status: 'recorded',
            },
          ],
          27,
        ),
      ),
    )
    .on('GET', '/api/v1/action-points', () =>
      json(
        page([
          {
            id: 74,
            visit: { id: 43, visitDate: '2016-11-08' },
            agreement: parties,
            description: 'Rà soát danh sách hộ nghèo',
            owner: 'UBND xã Chơ Chun',
            dueDate: '2017-01-27',
            status: 'in_progress',
            overdue: true,
          },
        ]),
      ),
    )
    .on('GET', '/api/v1/support-records/totals', (request) =>
      json(
        new URL(request.url).searchParams.has('from')
          ? { count: 0, valueVnd: 0, beneficiaryHouseholds: 0 }
          : { count: 353, valueVnd: 7_641_553_000, beneficiaryHouseholds: 7604 },
      ),
    );
}

function requestedPaths(stub: ReturnType<typeof createFetchStub>) {
  return stub.requests.map((request) => new URL(request.url).pathname);
}

describe('home page', () => {
  it('shows a district the plans awaiting its agreement, support to confirm and overdue action points', async () => {
    const stub = homeStub();
    renderWithProviders(<HomePage />, { me: users.namgiang, stub });

    const plans = (await screen.findByRole('heading', { name: 'Kế hoạch chờ huyện thống nhất' })).closest('.ant-card') as HTMLElement;
    expect(await within(plans).findByRole('link', { name: 'Chương trình hằng năm 2020: Chương trình 2020 với xã Chơ Chun' })).toHaveAttribute(
      'href',
      '/agreements/7/plans/71',
    );
    // Agreed plans and drafts without items are not waiting for the district.
    expect(within(plans).queryByText(/Kế hoạch 2016–2020/)).not.toBeInTheDocument();
    expect(within(plans).queryByText(/xã Tà Bhing/)).not.toBeInTheDocument();
    // Plans of an ended agreement can no longer change, so they are not even read.
    expect(requestedPaths(stub)).toContain('/api/v1/agreements/7/plans');
    expect(requestedPaths(stub)).not.toContain('/api/v1/agreements/9/plans');

    const support = screen.getByRole('heading', { name: /Hỗ trợ chờ xác nhận đã nhận/ }).closest('.ant-card') as HTMLElement;
    expect(await within(support).findByText('27/12/2020 · Cấp 545 kg lúa giống')).toBeInTheDocument();
    expect(within(support).getByText(`13.137.000${NBSP}₫`)).toBeInTheDocument();
    expect(within(support).getByTitle('27')).toBeInTheDocument();
    expect(within(support).getByRole('link', { name: 'Xem tất cả' })).toHaveAttribute('href', '/support?status=recorded');

    expect(await screen.findByRole('link', { name: 'Rà soát danh sách hộ nghèo' })).toHaveAttribute('href', '/visits/43');
    expect(screen.getByText('Hạn 27/01/2017 · UBND xã Chơ Chun')).toBeInTheDocument();
  });

  it('gives headline figures for the scope, with whole-period totals when this year has none', async () => {
    const stub = homeStub();
    renderWithProviders(<HomePage />, { me: users.bdt, stub });

    const figures = await screen.findByRole('region', { name: 'Số liệu chung' });
    expect(await within(figures).findByText(`7.641.553.000${NBSP}₫`)).toBeInTheDocument();
    expect(within(figures).getByText('353 lượt hỗ trợ, 7.604 lượt hộ được hỗ trợ')).toBeInTheDocument();
    expect(within(figures).getByText(`0${NBSP}₫`)).toBeInTheDocument();
    expect(within(figures).getByText('Trong tổng số 3 thỏa thuận')).toBeInTheDocument();
    const year = new Date().getFullYear();
    const totals = stub.requests.filter((request) => request.url.includes('/totals')).map((request) => new URL(request.url).search);
    expect(totals).toEqual(expect.arrayContaining([`?from=${year}-01-01&to=${year}-12-31`, '']));
  });

  it('does not read plan by plan for the province, whose agreements are many', async () => {
    const stub = homeStub();
    renderWithProviders(<HomePage />, { me: users.bdt, stub });
    await screen.findByRole('link', { name: 'Rà soát danh sách hộ nghèo' });
    expect(screen.queryByRole('heading', { name: /Kế hoạch/ })).not.toBeInTheDocument();
    expect(requestedPaths(stub).filter((path) => path.endsWith('/plans'))).toEqual([]);
  });

  it('shows a unit all its draft plans, empty ones flagged, and says when nothing is overdue', async () => {
    const stub = homeStub().on('GET', '/api/v1/action-points', () => json(page([])));
    renderWithProviders(<HomePage />, { me: users.sonnptnt, stub });

    const plans = (await screen.findByRole('heading', { name: 'Kế hoạch đang dự thảo' })).closest('.ant-card') as HTMLElement;
    expect(await within(plans).findByText(/Chương trình 2020 với xã Tà Bhing/)).toBeInTheDocument();
    expect(within(plans).getByText('Chưa có nội dung nào')).toBeInTheDocument();
    expect(await screen.findByText('Không có việc nào quá hạn')).toBeInTheDocument();
  });

  it('shows a district the reports it still has to submit, the overdue one in red', async () => {
    renderWithProviders(<HomePage />, { me: users.namgiang, stub: homeStub() });
    const card = (await screen.findByRole('heading', { name: /Báo cáo cần nộp/ })).closest('.ant-card') as HTMLElement;
    expect(await within(card).findByRole('link', { name: 'Báo cáo kỳ hạn 2026-06-16' })).toHaveAttribute('href', '/reports/41');
    expect(within(card).getByText('Quá hạn 4 ngày')).toBeInTheDocument();
    expect(within(card).getByText('Hạn nộp 16/06/2026')).toHaveClass('ant-typography-danger');
    expect(within(card).queryByText('Báo cáo kỳ hạn 2025-12-16')).not.toBeInTheDocument();
  });

  it('shows the province how many reports wait to be accepted, linking to the filtered list', async () => {
    renderWithProviders(<HomePage />, { me: users.bdt, stub: homeStub() });
    const card = (await screen.findByRole('heading', { name: /Báo cáo chờ tiếp nhận/ })).closest('.ant-card') as HTMLElement;
    expect(await within(card).findByRole('link', { name: 'Sở Y tế' })).toHaveAttribute('href', '/reports/45');
    expect(within(card).getByTitle('7')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Xem tất cả' })).toHaveAttribute('href', '/reports?status=submitted');
  });
});
