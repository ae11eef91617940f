import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '@/testing/fetch-stub';
import { findPageTitle } from '@/testing/queries';
import { renderApp, users } from '@/testing/render';
import { allowSlowRendering, commune, profileStub } from '../testing/fixtures';

allowSlowRendering();

async function section(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: 'h2' });
  return heading.closest('.ant-card') as HTMLElement;
}

function queriesOf(stub: ReturnType<typeof profileStub>, path: string) {
  return stub.requests
    .filter((request) => new URL(request.url).pathname === path)
    .map((request) => Object.fromEntries(new URL(request.url).searchParams));
}

describe('commune profile', () => {
  it('composes the commune, its flags by period, partners, what it received and its visits', async () => {
    const stub = profileStub();
    renderApp('/communes/41', { me: users.lanhdao, stub });
    await findPageTitle('Xã A Vao');
    expect(screen.getByText('Huyện Nam Giang')).toBeInTheDocument();

    const about = await section('Thông tin chung');
    expect(within(about).getByText('Giai đoạn 2012-2015')).toBeInTheDocument();
    expect(within(about).getAllByText('Xã đặc biệt khó khăn')).toHaveLength(1);
    expect(within(about).getByText('Xã biên giới')).toBeInTheDocument();

    const received = await section('Đã nhận hỗ trợ');
    expect(await within(received).findByTestId('profile-total')).toHaveTextContent('1.250.000.000 ₫');
    expect(within(received).getByRole('link', { name: 'Xem các bản ghi hỗ trợ' })).toHaveAttribute(
      'href',
      '/support?communeId=41',
    );
    const byYear = await section('Theo năm');
    expect(await within(byYear).findByText('800.000.000 ₫')).toBeInTheDocument();

    const partners = await section('Các đơn vị kết nghĩa qua các giai đoạn');
    expect(
      await within(partners).findByRole('link', { name: 'Sở Nông nghiệp và Phát triển nông thôn' }),
    ).toHaveAttribute('href', '/organizations/7');
    expect(within(partners).getByText('15/05/2016 – 31/12/2020')).toBeInTheDocument();
    expect(within(partners).getByText('Đang thực hiện')).toBeInTheDocument();

    const visits = await section('Các đợt kiểm tra, giám sát');
    expect(await within(visits).findByRole('link', { name: '12/06/2018' })).toHaveAttribute('href', '/visits/25');

    expect(screen.getByRole('link', { name: 'Nhu cầu của địa phương' })).toHaveAttribute('href', '/needs?communeId=41');
    expect(screen.getByRole('link', { name: 'Cách làm hay' })).toHaveAttribute('href', '/practices?communeId=41');

    // Every figure is asked for this commune only.
    expect(queriesOf(stub, '/api/v1/stats/support').every((query) => query.communeId === '41')).toBe(true);
    expect(queriesOf(stub, '/api/v1/agreements')[0]).toMatchObject({ communeId: '41' });
    expect(queriesOf(stub, '/api/v1/monitoring-visits')[0]).toMatchObject({ communeId: '41' });
  });

  it('shows a district helped as a whole under its province, and its overview for the district', async () => {
    const stub = profileStub().on('GET', '/api/v1/admin-units/:id', () =>
      json({ ...commune, id: 12, level: 'district', kindLabel: 'huyện', name: 'Nam Giang', code: '510', flags: [], parent: { id: 1, code: '49', name: 'Quảng Nam' } }),
    );
    renderApp('/communes/12', { me: users.lanhdao, stub });
    await findPageTitle('Huyện Nam Giang');
    expect(screen.getByText('Tỉnh Quảng Nam')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem trên trang tổng quan' })).toHaveAttribute('href', '/dashboard?districtId=12');
  });

  it('says a commune outside the scope is not found, as the API does', async () => {
    const stub = profileStub().on('GET', '/api/v1/admin-units/:id', () => problem(404, { title: 'Không tìm thấy / Not found' }));
    renderApp('/communes/999', { me: users.namgiang, stub });
    expect(await screen.findByText('Không tìm thấy, hoặc nằm ngoài phạm vi của bạn.')).toBeInTheDocument();
  });

  it('answers an address that is not a commune id without asking the API', async () => {
    const stub = profileStub();
    renderApp('/communes/abc', { me: users.lanhdao, stub });
    expect(await screen.findByText('Không tìm thấy, hoặc nằm ngoài phạm vi của bạn.')).toBeInTheDocument();
    expect(stub.requests.filter((request) => new URL(request.url).pathname.startsWith('/api/v1/admin-units'))).toEqual([]);
  });
});

describe('organisation profile', () => {
  it('composes the unit, its agreements and communes, what it gave, plan against actual and its reports', async () => {
    const stub = profileStub();
    renderApp('/organizations/7', { me: users.lanhdao, stub });
    await findPageTitle('Sở Nông nghiệp và Phát triển nông thôn');
    const about = await section('Thông tin đơn vị');
    expect(within(about).getByText('152 Hùng Vương, Tam Kỳ')).toBeInTheDocument();
    expect(within(about).getByText('Lê Thị Hoa, Phó Chánh Văn phòng')).toBeInTheDocument();

    const agreements = await section('Các thỏa thuận và xã kết nghĩa');
    expect(await within(agreements).findByRole('link', { name: 'xã A Vao' })).toHaveAttribute('href', '/communes/41');

    const given = await section('Đã hỗ trợ');
    expect(await within(given).findByTestId('profile-total')).toHaveTextContent('1.250.000.000 ₫');
    const plans = await section('Kế hoạch và thực hiện theo năm');
    expect(await within(plans).findByText('1.500.000.000 ₫')).toBeInTheDocument();

    const reports = await section('Báo cáo của đơn vị');
    expect(await within(reports).findByRole('link', { name: 'Báo cáo năm 2018' })).toHaveAttribute('href', '/reports/90');

    expect(queriesOf(stub, '/api/v1/stats/support').every((query) => query.organizationId === '7')).toBe(true);
    expect(queriesOf(stub, '/api/v1/stats/plans')[0]).toMatchObject({ organizationId: '7', groupBy: 'year' });
    expect(queriesOf(stub, '/api/v1/reports')[0]).toMatchObject({ organizationId: '7' });
  });

  it('does not ask a district for a partner’s reports it could not read', async () => {
    const stub = profileStub();
    renderApp('/organizations/7', { me: users.namgiang, stub });
    await findPageTitle('Sở Nông nghiệp và Phát triển nông thôn');
    await section('Đã hỗ trợ');
    expect(screen.queryByText('Báo cáo của đơn vị', { selector: 'h2' })).not.toBeInTheDocument();
    expect(queriesOf(stub, '/api/v1/reports')).toEqual([]);
  });
});
