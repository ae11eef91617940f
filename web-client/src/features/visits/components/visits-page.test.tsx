import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, page, problem } from '@/testing/fetch-stub';
import { renderApp, renderWithProviders, users } from '@/testing/render';
import { AgreementVisitsTab } from '../index';
import { actionPoint, agreement, allowSlowRendering, lastQuery, visitsStub } from '../testing/fixtures';
import { chooseOption, fill, setupUser } from '../testing/select';

allowSlowRendering();

/** The row of a table showing `text` (drawers and dialogs may show the same text elsewhere). */
function rowOf(text: string): HTMLElement {
  const row = screen
    .getAllByText(text)
    .map((element) => element.closest('tr.ant-table-row'))
    .find((candidate) => candidate !== null);
  if (!row) {
    throw new Error(`No table row shows ${text}`);
  }
  return row as HTMLElement;
}

async function openDrawer(title: string): Promise<HTMLElement> {
  return (await screen.findByText(title)).closest('[role="dialog"]') as HTMLElement;
}

describe('monitoring visits list', () => {
  it('lists each visit with its parties, participants, findings and action-point counts', async () => {
    renderApp('/visits', { me: users.bdt, stub: visitsStub().stub });
    await screen.findByText('12/06/2017');
    const row = rowOf('12/06/2017');
    expect(within(row).getByText('Sở Nông nghiệp và Phát triển nông thôn → xã A Vao')).toBeInTheDocument();
    expect(within(row).getByText(/Mô hình nuôi bò sinh sản/)).toBeInTheDocument();
    expect(within(row).getByText('1 chưa xong')).toBeInTheDocument();
    expect(within(row).getByText('1 quá hạn')).toBeInTheDocument();
  });

  it('sends the filters of the address, and puts a chosen one into the address', async () => {
    const user = setupUser();
    const { stub } = visitsStub();
    const { router } = renderApp('/visits?districtId=12&from=2017-01-01&q=bo', { me: users.bdt, stub });
    await screen.findByText('12/06/2017');
    expect(lastQuery(stub, '/api/v1/monitoring-visits')).toEqual({
      districtId: '12',
      from: '2017-01-01',
      q: 'bo',
      page: '0',
      size: '20',
      sort: '-visitDate',
    });

    await chooseOption(user, 'Giai đoạn', 'Giai đoạn 2016–2020');
    await waitFor(() => expect(router.state.location.search).toBe('?periodId=2&districtId=12&from=2017-01-01&q=bo'));
    await waitFor(() => expect(lastQuery(stub, '/api/v1/monitoring-visits')).toMatchObject({ periodId: '2' }));
  });

  it('opens a visit at its own address, with its action points, the overdue one in red', async () => {
    const user = setupUser();
    const { router } = renderApp('/visits', { me: users.sonnptnt, stub: visitsStub().stub });
    await screen.findByText('12/06/2017');
    await user.click(within(rowOf('12/06/2017')).getByText('Chi tiết'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/visits/25'));

    const drawer = await openDrawer('Đợt kiểm tra ngày 12/06/2017');
    const overdue = rowOf('Hướng dẫn 3 hộ còn lại làm chuồng bò');
    expect(within(drawer).getByText('Hướng dẫn 3 hộ còn lại làm chuồng bò')).toBeInTheDocument();
    expect(within(overdue).getByText('31/08/2017').closest('.ant-typography')).toHaveClass('ant-typography-danger');
    expect(within(overdue).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(overdue).getByText('Chưa thực hiện')).toBeInTheDocument();
    const done = rowOf('Tập huấn trồng cỏ cho bò');
    expect(within(done).getByText('Đã hoàn thành')).toBeInTheDocument();
    expect(within(done).queryByText('Quá hạn')).not.toBeInTheDocument();
  });

  it('starts an action point with its own version in If-Match, and shows the new status', async () => {
    const user = setupUser();
    const { stub, changes } = visitsStub();
    renderApp('/visits/25', { me: users.sonnptnt, stub });
    await openDrawer('Đợt kiểm tra ngày 12/06/2017');
    await user.click(within(rowOf('Hướng dẫn 3 hộ còn lại làm chuồng bò')).getByText('Bắt đầu'));

    await waitFor(() =>
      expect(changes).toEqual([{ path: '/api/v1/monitoring-visits/25/action-points/88/start', ifMatch: '"5"', body: {} }]),
    );
    await waitFor(() =>
      expect(within(rowOf('Hướng dẫn 3 hộ còn lại làm chuồng bò')).getByText('Đang thực hiện')).toBeInTheDocument(),
    );
    expect(within(rowOf('Hướng dẫn 3 hộ còn lại làm chuồng bò')).queryByText('Bắt đầu')).not.toBeInTheDocument();
  });

  it('completes an action point on a date, then reopens it, each with If-Match', async () => {
    const user = setupUser();
    const { stub, changes } = visitsStub();
    renderApp('/visits/25', { me: users.namgiang, stub });
    await openDrawer('Đợt kiểm tra ngày 12/06/2017');
    await user.click(within(rowOf('Hướng dẫn 3 hộ còn lại làm chuồng bò')).getByText('Hoàn thành'));

    const dialog = await openDrawer('Hoàn thành công việc');
    const date = within(dialog).getByLabelText('Ngày hoàn thành');
    await user.clear(date);
    await user.type(date, '05/09/2017');
    await fill(user, within(dialog).getByLabelText('Ghi chú (không bắt buộc)'), 'Đã làm xong chuồng');
    await user.click(within(dialog).getByText('Hoàn thành', { selector: 'button span' }));

    await waitFor(() =>
      expect(changes).toEqual([
        {
          path: '/api/v1/monitoring-visits/25/action-points/88/complete',
          ifMatch: '"5"',
          body: { completedOn: '2017-09-05', note: 'Đã làm xong chuồng' },
        },
      ]),
    );
    const row = () => rowOf('Hướng dẫn 3 hộ còn lại làm chuồng bò');
    await waitFor(() => expect(within(row()).getByText('Đã hoàn thành')).toBeInTheDocument());
    expect(within(row()).getByText('05/09/2017')).toBeInTheDocument();
    expect(within(row()).queryByText('Quá hạn')).not.toBeInTheDocument();

    await user.click(within(row()).getByText('Mở lại'));
    await waitFor(() =>
      expect(changes.at(-1)).toEqual({
        path: '/api/v1/monitoring-visits/25/action-points/88/reopen',
        ifMatch: '"6"',
        body: {},
      }),
    );
    await waitFor(() => expect(within(row()).getByText('Chưa thực hiện')).toBeInTheDocument());
  });

  it('offers to reload when someone else moved the action point first (412)', async () => {
    const user = setupUser();
    const { stub } = visitsStub();
    stub.on('POST', '/api/v1/monitoring-visits/:id/action-points/:apId/start', () =>
      problem(412, { type: 'urn:ketnghia:problem:precondition-failed', title: 'Đã thay đổi / Changed' }),
    );
    renderApp('/visits/25', { me: users.sonnptnt, stub });
    await openDrawer('Đợt kiểm tra ngày 12/06/2017');
    await user.click(within(rowOf('Hướng dẫn 3 hộ còn lại làm chuồng bò')).getByText('Bắt đầu'));
    expect((await screen.findAllByText('Bản ghi đã được người khác cập nhật')).length).toBeGreaterThan(0);
  });

  it('shows no step buttons to the provincial leadership, who only read', async () => {
    renderApp('/visits/25', { me: users.lanhdao, stub: visitsStub().stub });
    await openDrawer('Đợt kiểm tra ngày 12/06/2017');
    await screen.findByText('Hướng dẫn 3 hộ còn lại làm chuồng bò');
    expect(screen.queryByText('Bắt đầu')).not.toBeInTheDocument();
    expect(screen.queryByText('Ghi nhận đợt kiểm tra')).not.toBeInTheDocument();
  });
});

describe('overdue action points', () => {
  it('lists the overdue points across visits, in red, linking to their visit', async () => {
    const { stub } = visitsStub();
    stub.on('GET', '/api/v1/action-points', () =>
      json(
        page([
          {
            ...actionPoint(),
            visit: { id: 25, visitDate: '2017-06-12' },
            agreement: { id: 17, organization: agreement.organization, recipient: agreement.recipient },
          },
        ]),
      ),
    );
    renderApp('/visits/overdue', { me: users.bdt, stub });
    await screen.findByText('Hướng dẫn 3 hộ còn lại làm chuồng bò');
    const row = rowOf('Hướng dẫn 3 hộ còn lại làm chuồng bò');
    expect(lastQuery(stub, '/api/v1/action-points')).toMatchObject({ overdue: 'true' });
    expect(within(row).getByText('31/08/2017').closest('.ant-typography')).toHaveClass('ant-typography-danger');
    expect(within(row).getByText(/^Trễ \d+ ngày$/)).toBeInTheDocument();
    expect(within(row).getByText('Kiểm tra ngày 12/06/2017').closest('a')).toHaveAttribute('href', '/visits/25');
  });

  it('says so when nothing is overdue', async () => {
    const { stub } = visitsStub();
    stub.on('GET', '/api/v1/action-points', () => json(page([])));
    renderApp('/visits/overdue', { me: users.bdt, stub });
    expect(await screen.findByText('Không có việc nào quá hạn')).toBeInTheDocument();
  });
});

describe('the agreement’s visits tab', () => {
  it('lists only the agreement’s visits and opens one in place', async () => {
    const user = setupUser();
    const { stub } = visitsStub();
    renderWithProviders(<AgreementVisitsTab agreement={agreement} />, { me: users.sonnptnt, stub });
    await screen.findByText('12/06/2017');
    expect(lastQuery(stub, '/api/v1/monitoring-visits')).toMatchObject({ agreementId: '17' });
    expect(screen.queryByText('Đơn vị → Nơi nhận')).not.toBeInTheDocument();
    await user.click(screen.getByText('Chi tiết'));
    expect(await screen.findByText('Đợt kiểm tra ngày 12/06/2017')).toBeInTheDocument();
  });
});
