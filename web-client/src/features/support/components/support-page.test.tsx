import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/fetch-stub';
import { renderApp, users } from '@/testing/render';
import { allowSlowRendering, lastQuery, supportRecord, supportStub } from '../testing/fixtures';
import { chooseOption, setupUser } from '../testing/select';

allowSlowRendering();

describe('support records list', () => {
  it('shows the totals of the filters, formatted the Vietnamese way', async () => {
    renderApp('/support', { me: users.bdt, stub: supportStub() });
    const totals = await screen.findByLabelText('Tổng hợp theo bộ lọc');
    expect(await within(totals).findByText('27.000.000.000 ₫')).toBeInTheDocument();
    expect(within(totals).getByText('9.500.000.000 ₫')).toBeInTheDocument();
    expect(within(totals).getByText('17.500.000.000 ₫')).toBeInTheDocument();
    expect(within(totals).getByText('1.900')).toBeInTheDocument();
    expect(within(totals).getByText('8.300 hộ · 31.000 người · 2.400 học sinh')).toBeInTheDocument();
  });

  it('lists each record with its date, parties, value and status', async () => {
    renderApp('/support', { me: users.bdt, stub: supportStub() });
    const row = (await screen.findByText('Tặng quà Tết cho hộ nghèo thôn 2')).closest('tr') as HTMLElement;
    expect(within(row).getByText('20/01/2017')).toBeInTheDocument();
    expect(within(row).getByText('Sở Nông nghiệp và Phát triển nông thôn → xã A Vao')).toBeInTheDocument();
    expect(within(row).getByText('60.000.000 ₫')).toBeInTheDocument();
    expect(within(row).getByText('120 suất quà')).toBeInTheDocument();
    expect(within(row).getByText('Hiện vật')).toBeInTheDocument();
    expect(within(row).getByText('Cán bộ đóng góp')).toBeInTheDocument();
    expect(within(row).getByText('Chờ xác nhận')).toBeInTheDocument();
  });

  it('sends the filters of the address to the list and the totals', async () => {
    const stub = supportStub();
    renderApp('/support?status=recorded&districtId=12&from=2017-01-01&sort=-valueVnd&page=2', { me: users.bdt, stub });
    await screen.findByText('Tặng quà Tết cho hộ nghèo thôn 2');
    expect(lastQuery(stub, '/api/v1/support-records')).toEqual({
      status: 'recorded',
      districtId: '12',
      from: '2017-01-01',
      page: '1',
      size: '20',
      sort: '-valueVnd',
    });
    expect(lastQuery(stub, '/api/v1/support-records/totals')).toEqual({
      status: 'recorded',
      districtId: '12',
      from: '2017-01-01',
    });
  });

  it('puts a chosen filter and a search into the address and the requests, from the first page', async () => {
    const user = setupUser();
    const stub = supportStub();
    const { router } = renderApp('/support?page=3', { me: users.bdt, stub });
    await screen.findByText('Tặng quà Tết cho hộ nghèo thôn 2');

    await chooseOption(user, 'Nguồn kinh phí', 'Vận động doanh nghiệp');
    await waitFor(() => expect(router.state.location.search).toBe('?fundingSource=mobilised_enterprise'));
    await waitFor(() =>
      expect(lastQuery(stub, '/api/v1/support-records')).toMatchObject({ fundingSource: 'mobilised_enterprise', page: '0' }),
    );
    expect(lastQuery(stub, '/api/v1/support-records/totals')).toEqual({ fundingSource: 'mobilised_enterprise' });

    await user.type(screen.getByLabelText(/Tìm theo mô tả/), 'qua tet');
    await waitFor(() => expect(router.state.location.search).toBe('?fundingSource=mobilised_enterprise&q=qua+tet'));
    await waitFor(() => expect(lastQuery(stub, '/api/v1/support-records')).toMatchObject({ q: 'qua tet' }));
    expect(lastQuery(stub, '/api/v1/support-records/totals')).toMatchObject({ q: 'qua tet' });
  });

  it('sorts by value on the server', async () => {
    const user = setupUser();
    const stub = supportStub();
    const { router } = renderApp('/support', { me: users.bdt, stub });
    await screen.findByText('Tặng quà Tết cho hộ nghèo thôn 2');
    await user.click(screen.getByText('Giá trị (đồng)', { selector: 'th:not([aria-hidden]) .ant-table-column-title' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-valueVnd'));
    await waitFor(() => expect(lastQuery(stub, '/api/v1/support-records')).toMatchObject({ sort: '-valueVnd' }));
  });

  it('offers "awaiting my confirmation" to a district, as the recorded status', async () => {
    const user = setupUser();
    const stub = supportStub();
    const { router } = renderApp('/support', { me: users.namgiang, stub });
    await user.click(await screen.findByText('Chờ tôi xác nhận'));
    await waitFor(() => expect(router.state.location.search).toBe('?status=recorded'));
    await waitFor(() => expect(lastQuery(stub, '/api/v1/support-records')).toMatchObject({ status: 'recorded' }));
    expect(screen.getByText('Chờ tôi xác nhận').closest('button')).toHaveAttribute('aria-pressed', 'true');
  });

  it('does not offer a district filter to a district, nor a partner filter to a unit', async () => {
    renderApp('/support', { me: users.namgiang, stub: supportStub() });
    await screen.findByText('Tặng quà Tết cho hộ nghèo thôn 2');
    expect(screen.queryByLabelText('Huyện')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Đơn vị kết nghĩa')).toBeInTheDocument();
  });

  it('says so when nothing matches, and shows the server error with a retry', async () => {
    const stub = supportStub([]);
    renderApp('/support', { me: users.bdt, stub });
    expect(await screen.findByText('Không có bản ghi hỗ trợ nào phù hợp')).toBeInTheDocument();

    const failing = supportStub().on('GET', '/api/v1/support-records', () =>
      json({ title: 'Lỗi máy chủ / Server error', status: 500 }, { status: 500 }),
    );
    renderApp('/support', { me: users.bdt, stub: failing });
    expect(await screen.findByText('Lỗi máy chủ')).toBeInTheDocument();
  });

  it('shows who confirmed a confirmed record, and offers no change to it', async () => {
    const user = setupUser();
    const confirmed = supportRecord({
      status: 'confirmed',
      confirmedBy: 'namgiang',
      confirmedAt: '2017-02-03T09:30:00+07:00',
      confirmationNote: 'Đã nhận đủ 120 suất quà',
    });
    renderApp('/support', { me: users.sonnptnt, stub: supportStub([confirmed]) });
    await user.click(await screen.findByText('Chi tiết'));
    const drawer = (await screen.findByText('Chi tiết hỗ trợ')).closest('[role="dialog"]') as HTMLElement;
    expect(await within(drawer).findByText('namgiang')).toBeInTheDocument();
    expect(within(drawer).getByText('Đã nhận đủ 120 suất quà')).toBeInTheDocument();
    expect(within(drawer).getByText(/không sửa, xóa được nữa/)).toBeInTheDocument();
    expect(within(drawer).queryByText('Sửa')).not.toBeInTheDocument();
    expect(within(drawer).queryByText('Xóa')).not.toBeInTheDocument();
  });
});
