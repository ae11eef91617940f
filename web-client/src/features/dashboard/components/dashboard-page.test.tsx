import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findButton, findPageTitle } from '@/testing/queries';
import { renderApp, users } from '@/testing/render';
import { allowSlowRendering, dashboardStub, statsQueries } from '../testing/fixtures';

allowSlowRendering();

/** The card whose h2 is `title`. */
async function card(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: 'h2' });
  return heading.closest('.ant-card') as HTMLElement;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('programme overview', () => {
  it('shows the API total in the headline and under each table, never a sum of its own', async () => {
    renderApp('/dashboard', { me: users.lanhdao, stub: dashboardStub() });
    await findPageTitle('Tổng quan chương trình');
    expect(await screen.findByTestId('kpi-value')).toHaveTextContent('39.432.644.000 ₫');
    expect(screen.getByTestId('kpi-records')).toHaveTextContent('1.899');
    expect(screen.getByTestId('kpi-cash')).toHaveTextContent('25%');
    expect(screen.getByTestId('kpi-confirmed')).toHaveTextContent('50%');
    const byYear = await card('Giá trị hỗ trợ theo năm');
    await within(byYear).findByText('2017');
    // The rows here add up to the total; the total row shows the API's figure.
    expect(within(byYear).getByTestId('stats-total')).toHaveTextContent('39.432.644.000 ₫');
    expect(within(byYear).getByText('10.432.644.000 ₫')).toBeInTheDocument();
    // Provincial leadership sees the whole province: no scope note.
    expect(screen.queryByText(/Số liệu trong phạm vi/)).not.toBeInTheDocument();
  });

  it('draws each view as a chart named for screen readers, with its table', async () => {
    renderApp('/dashboard', { me: users.lanhdao, stub: dashboardStub() });
    const byArea = await card('Theo lĩnh vực hỗ trợ');
    await within(byArea).findByText('Về vật chất');
    const chart = within(byArea).getByRole('img', { name: /^Biểu đồ/ });
    // Amounts keep their non-breaking space before ₫ in the name.
    expect(chart.getAttribute('aria-label')?.replace(/\u00a0/g, ' ')).toBe(
      'Biểu đồ Theo lĩnh vực hỗ trợ: 3 mục, cao nhất là Về vật chất với 25.000.000.000 ₫; tổng cộng 39.432.644.000 ₫. Bảng số liệu ở bên cạnh.',
    );
    expect(within(byArea).getByText('63,4%')).toBeInTheDocument();
    const plans = await card('Kế hoạch và thực hiện theo năm');
    expect(await within(plans).findByText('16.000.000.000 ₫')).toBeInTheDocument();
    expect(within(plans).getByText('80%')).toBeInTheDocument();
  });

  it('asks the API for every view with the filters of the address', async () => {
    const stub = dashboardStub();
    renderApp('/dashboard?districtId=12&fromYear=2016&area=material', { me: users.lanhdao, stub });
    await screen.findByTestId('kpi-value');
    await waitFor(() => expect(statsQueries(stub).length).toBeGreaterThanOrEqual(9));
    const byGroup = Object.fromEntries(statsQueries(stub).map((query) => [query.groupBy, query]));
    expect(Object.keys(byGroup).sort()).toEqual(
      ['area', 'category', 'commune', 'district', 'form', 'fundingSource', 'organization', 'partnerKind', 'year'].sort(),
    );
    expect(byGroup.year).toEqual({ districtId: '12', fromYear: '2016', area: 'material', groupBy: 'year', sort: 'key' });
    expect(byGroup.commune).toMatchObject({ districtId: '12', limit: '20' });
    expect(byGroup.organization).toMatchObject({ limit: '10' });
    expect(statsQueries(stub, '/api/v1/stats/plans')[0]).toMatchObject({ districtId: '12', groupBy: 'year', sort: 'key' });
  });

  it('narrows the view to a district clicked in its table, in the address', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/dashboard', { me: users.lanhdao, stub: dashboardStub() });
    const byDistrict = await card('Theo huyện nhận hỗ trợ');
    await user.click(await within(byDistrict).findByText('Tây Giang'));
    await waitFor(() => expect(router.state.location.search).toBe('?districtId=13'));
  });

  it('links communes and partners to their profiles', async () => {
    renderApp('/dashboard', { me: users.lanhdao, stub: dashboardStub() });
    const communes = await card('20 xã, huyện nhận hỗ trợ nhiều nhất');
    expect(await within(communes).findByRole('link', { name: 'A Vao' })).toHaveAttribute('href', '/communes/41');
    const partners = await card('10 đơn vị hỗ trợ nhiều nhất');
    expect(
      await within(partners).findByRole('link', { name: 'Sở Nông nghiệp và Phát triển nông thôn' }),
    ).toHaveAttribute('href', '/organizations/7');
  });

  it('downloads a view as XLSX from the same address with the workbook type in Accept', async () => {
    const user = userEvent.setup();
    const stub = dashboardStub();
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:xlsx'), revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderApp('/dashboard?fromYear=2016', { me: users.lanhdao, stub });
    const byDistrict = await card('Theo huyện nhận hỗ trợ');
    await within(byDistrict).findByText('Tây Giang');
    await user.click(await findButton('Xuất Excel', byDistrict));
    await waitFor(() => expect(saved).toEqual(['thống-kê.xlsx']));
    const download = stub.requests.find((request) => request.headers.get('Accept')?.includes('spreadsheetml'));
    expect(new URL(download?.url ?? '').pathname).toBe('/api/v1/stats/support');
    expect(Object.fromEntries(new URL(download?.url ?? '').searchParams)).toEqual({ fromYear: '2016', groupBy: 'district' });
    expect(download?.headers.get('Accept')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('tells a district user the figures are limited to the district, and offers no district filter', async () => {
    renderApp('/dashboard', { me: users.namgiang, stub: dashboardStub() });
    expect(await screen.findByText('Số liệu trong phạm vi: Huyện Nam Giang')).toBeInTheDocument();
    await screen.findByTestId('kpi-value');
    expect(screen.queryByLabelText('Huyện')).not.toBeInTheDocument();
    expect(screen.queryByText('Theo huyện nhận hỗ trợ', { selector: 'h2' })).not.toBeInTheDocument();
  });
});
