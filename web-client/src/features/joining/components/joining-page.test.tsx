import { configure, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { findButton, findModal, getButton, queryButton } from '@/testing/queries';
import { renderApp, users } from '@/testing/render';
import { chooseOption, fill, setupUser } from '@/features/support/testing/select';
import { joiningStub, registration } from '../testing/fixtures';
import { parseIds } from './joining-page';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 120_000 });

function drawerOf(element: HTMLElement): HTMLElement {
  return element.closest('.ant-drawer') as HTMLElement;
}

describe('parseIds', () => {
  it('keeps positive whole numbers only', () => {
    expect(parseIds('1, 2,x,-3,4.5,,7')).toEqual([1, 2, 7]);
    expect(parseIds(null)).toEqual([]);
  });
});

describe('joining the programme as the province', () => {
  it('opens "Gửi thư mời" with the organisations of the address chosen and sends one request for them', async () => {
    const user = setupUser();
    const { stub, changes } = joiningStub();
    renderApp('/joining/invitations/new?organizationIds=3,4', { me: users.bdt, stub });

    const title = await screen.findByText('Cơ quan, đơn vị được mời');
    const drawer = drawerOf(title);
    await waitFor(() => {
      expect(within(drawer).getByText('Sở Y tế')).toBeInTheDocument();
      expect(within(drawer).getByText('Hội Nông dân tỉnh')).toBeInTheDocument();
      expect(within(drawer).getByText('Giai đoạn 2016–2020')).toBeInTheDocument();
    });
    await fill(user, within(drawer).getByLabelText('Số công văn'), '312');
    await user.click(getButton('Gửi thư mời', drawer));

    await waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).toEqual({
      method: 'POST',
      path: '/api/v1/invitations',
      ifMatch: null,
      body: {
        periodId: 2,
        organizationIds: [3, 4],
        replyBy: dayjs().add(30, 'day').format('YYYY-MM-DD'),
        documentNumber: '312',
      },
    });
    expect(await screen.findByText('Đã gửi 2 thư mời')).toBeInTheDocument();
  });

  it('approves the proposed communes with the registration version in If-Match', async () => {
    const user = setupUser();
    const { stub, changes } = joiningStub();
    renderApp('/joining/registrations/5', { me: users.bdt, stub });

    await screen.findByText('Hỗ trợ giống cây trồng');
    await user.click(await findButton('Chấp thuận'));
    const modal = await findModal('Chấp thuận đăng ký');
    await user.click(getButton('Chấp thuận', modal));

    await waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).toEqual({
      method: 'POST',
      path: '/api/v1/registrations/5/approve',
      ifMatch: '"3"',
      body: { communeIds: [41, 42], startDate: '2016-07-01' },
    });
  });

  it('declines only with a reason', async () => {
    const user = setupUser();
    const { stub, changes } = joiningStub();
    renderApp('/joining/registrations/5', { me: users.bdt, stub });

    await screen.findByText('Hỗ trợ giống cây trồng');
    await user.click(await findButton('Không chấp thuận'));
    const modal = await findModal('Không chấp thuận đăng ký');
    await user.click(getButton('Không chấp thuận', modal));
    expect(await within(modal).findByText(/Lý do/, { selector: '.ant-form-item-explain-error' })).toBeInTheDocument();
    expect(changes).toHaveLength(0);

    await fill(user, within(modal).getByLabelText('Lý do'), 'Xã đã có đơn vị nhận kết nghĩa');
    await user.click(getButton('Không chấp thuận', modal));
    await waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).toEqual({
      method: 'POST',
      path: '/api/v1/registrations/5/decline',
      ifMatch: '"3"',
      body: { reason: 'Xã đã có đơn vị nhận kết nghĩa' },
    });
  });

  it('offers no decision on a registration that was already decided', async () => {
    const { stub } = joiningStub(registration({ status: 'declined', decisionReason: 'Đã đủ đơn vị' }));
    renderApp('/joining/registrations/5', { me: users.bdt, stub });
    expect(await screen.findByText('Đã đủ đơn vị')).toBeInTheDocument();
    expect(queryButton('Chấp thuận')).toBeNull();
    expect(queryButton('Không chấp thuận')).toBeNull();
  });
});

describe('joining the programme as a unit', () => {
  it('registers for its invitation, listing first the communes that still have no partner', async () => {
    const user = setupUser();
    const { stub, changes } = joiningStub();
    renderApp('/joining/registrations/new?invitationId=9', { me: users.sonnptnt, stub });

    const communes = await screen.findByLabelText('Xã đề xuất giúp đỡ');
    const drawer = drawerOf(communes);
    expect(within(drawer).queryByLabelText('Cơ quan, đơn vị')).toBeNull();
    await chooseOption(user, 'Xã đề xuất giúp đỡ', 'Xã Zuôih — Nam Giang · chưa có đơn vị kết nghĩa');
    await user.click(within(drawer).getByLabelText('Phát triển sản xuất, giảm nghèo bền vững'));
    await fill(user, within(drawer).getByLabelText('Nội dung dự kiến thực hiện'), 'Hỗ trợ bò giống');
    await user.type(within(drawer).getByLabelText('Dự kiến bắt đầu'), '01/07/2016{Tab}');
    await fill(user, within(drawer).getByLabelText('Cán bộ phụ trách'), 'Lê Thị Mai');
    await user.click(getButton('Gửi đăng ký', drawer));

    await waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).toEqual({
      method: 'POST',
      path: '/api/v1/registrations',
      ifMatch: null,
      body: {
        periodId: 2,
        invitationId: 9,
        communeIds: [41],
        supportAreas: ['production'],
        commitment: 'Hỗ trợ bò giống',
        proposedStartDate: '2016-07-01',
        contactName: 'Lê Thị Mai',
      },
    });
  });

  it('withdraws its own submitted registration but cannot decide it', async () => {
    const user = setupUser();
    const { stub, changes } = joiningStub();
    renderApp('/joining/registrations/5', { me: users.sonnptnt, stub });

    await screen.findByText('Hỗ trợ giống cây trồng');
    expect(queryButton('Chấp thuận')).toBeNull();
    expect(queryButton('Gửi thư mời')).toBeNull();
    await user.click(await findButton('Rút đăng ký'));
    const modal = await findModal('Rút đăng ký tham gia');
    await user.click(getButton('Rút đăng ký', modal));
    await waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).toMatchObject({ path: '/api/v1/registrations/5/withdraw', ifMatch: '"3"' });
  });
});

describe('joining the programme as a district', () => {
  it('reads the registrations of its communes without any step, and has no invitations tab', async () => {
    const { stub } = joiningStub();
    renderApp('/joining/registrations/5', { me: users.namgiang, stub });

    await screen.findByText('Hỗ trợ giống cây trồng');
    expect(screen.getByText('Các đăng ký đề xuất giúp đỡ xã thuộc huyện của bạn (chỉ xem).')).toBeInTheDocument();
    for (const label of ['Chấp thuận', 'Không chấp thuận', 'Rút đăng ký', 'Gửi thư mời', 'Đăng ký tham gia']) {
      expect(queryButton(label)).toBeNull();
    }
    expect(screen.queryByRole('tab', { name: 'Thư mời' })).toBeNull();
    expect(screen.getAllByText('Tham gia chương trình').length).toBeGreaterThan(0);
  });
});
