import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/fetch-stub';
import { renderApp, users } from '@/testing/render';
import { allowSlowRendering, need, needsStub, setupUser } from '../testing/fixtures';

allowSlowRendering();

const TITLE = 'Bò giống cho hộ nghèo thôn Pà Dồn';

describe('a need’s page', () => {
  it('shows who pledged, the plan item and what was delivered, with a link to the support list', async () => {
    renderApp('/needs/7', { me: users.lanhdao, stub: needsStub() });
    await screen.findByRole('heading', { name: TITLE });
    const pledgeRow = screen.getByText('Chương trình năm 2019 · Dự thảo').closest('tr') as HTMLElement;
    expect(within(pledgeRow).getByText('Sở Nông nghiệp và Phát triển nông thôn')).toBeInTheDocument();
    expect(within(pledgeRow).getByText('Chương trình năm 2019 · Dự thảo').closest('a')).toHaveAttribute('href', '/agreements/17/plans/9');
    const delivered = screen.getByText('Trao 4 con bò giống').closest('tr') as HTMLElement;
    expect(within(delivered).getByText('10/05/2019')).toBeInTheDocument();
    expect(within(delivered).getByText('60.000.000 ₫')).toBeInTheDocument();
    expect(screen.getByText('Xem trong danh sách hỗ trợ').closest('a')).toHaveAttribute('href', '/support?communeId=41&categoryId=14');
    // The leadership only reads.
    for (const action of ['Nhận hỗ trợ', 'Sửa nhu cầu', 'Hủy nhu cầu', 'Rút cam kết', 'Đánh dấu đã đáp ứng']) {
      expect(screen.queryByText(action, { selector: 'button span' })).not.toBeInTheDocument();
    }
  });

  it('lets a unit pledge under its agreement with the commune, explaining the annual programme', async () => {
    const user = setupUser();
    let posted: unknown;
    const stub = needsStub().on('POST', '/api/v1/needs/:id/pledges', async (request) => {
      posted = await request.json();
      return json({ need: need(), pledges: [], deliveries: [] }, { status: 201 });
    });
    renderApp('/needs/7', { me: users.sonnptnt, stub });
    await user.click(await screen.findByText('Nhận hỗ trợ', { selector: 'button span' }));
    const dialog = (await screen.findByText('Nhận hỗ trợ nhu cầu của xã')).closest('[role="dialog"]') as HTMLElement;
    expect(within(dialog).getByText(/thành một mục trong chương trình kết nghĩa năm/)).toBeInTheDocument();
    // The one agreement with A Vao is chosen; the amount still open and the target year are proposed.
    await within(dialog).findByText('Sở Nông nghiệp và Phát triển nông thôn → xã A Vao (Giai đoạn 2016–2020)');
    await user.click(within(dialog).getByText('Nhận hỗ trợ', { selector: 'button span' }));
    await waitFor(() => expect(posted).toEqual({ agreementId: 17, pledgedVnd: 150_000_000, year: 2019 }));
  });

  it('tells a unit with no agreement with the commune to register first', async () => {
    const user = setupUser();
    renderApp('/needs/7', { me: users.sonnptnt, stub: needsStub([need()], []) });
    await user.click(await screen.findByText('Nhận hỗ trợ', { selector: 'button span' }));
    expect(await screen.findByText('Đơn vị chưa kết nghĩa với xã này — hãy đăng ký tham gia.')).toBeInTheDocument();
  });

  it('lets the unit withdraw its own pledge with If-Match', async () => {
    const user = setupUser();
    let ifMatch: string | null = null;
    const stub = needsStub().on('POST', '/api/v1/needs/:id/pledges/:pledgeId/withdraw', (request) => {
      ifMatch = request.headers.get('If-Match');
      return json({ need: need({ status: 'open' }), pledges: [], deliveries: [] });
    });
    renderApp('/needs/7', { me: users.sonnptnt, stub });
    // The row's button comes first; the dialog's own button is drawn at the end of the page.
    await user.click((await screen.findAllByText('Rút cam kết', { selector: 'button span' }))[0] as HTMLElement);
    const dialog = (await screen.findByText('Mục tương ứng sẽ bị xóa khỏi chương trình kết nghĩa năm của đơn vị.')).closest(
      '.ant-modal',
    ) as HTMLElement;
    await user.click(within(dialog).getByText('Rút cam kết', { selector: 'button span' }));
    await waitFor(() => expect(ifMatch).toBe('"0"'));
  });

  it('gives the district of the commune its steps: edit, met, cancel — and marks met with If-Match', async () => {
    const user = setupUser();
    let call: { ifMatch: string | null; body: unknown } | undefined;
    const stub = needsStub().on('POST', '/api/v1/needs/:id/met', async (request) => {
      call = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
      return json({ need: need({ status: 'met' }), pledges: [], deliveries: [] });
    });
    renderApp('/needs/7', { me: users.namgiang, stub });
    await screen.findByRole('heading', { name: TITLE });
    expect(screen.getByText('Sửa nhu cầu', { selector: 'button span' })).toBeInTheDocument();
    // The header's button (the cancel dialog's own button is drawn too, hidden, at the end of the page).
    expect(screen.getAllByText('Hủy nhu cầu', { selector: 'button span' })[0]?.closest('.ant-modal')).toBeNull();
    expect(screen.queryByText('Nhận hỗ trợ', { selector: 'button span' })).not.toBeInTheDocument();
    await user.click(screen.getAllByText('Đánh dấu đã đáp ứng', { selector: 'button span' })[0] as HTMLElement);
    const dialog = (await screen.findByText('Ghi chú (không bắt buộc)')).closest('.ant-modal') as HTMLElement;
    await user.click(within(dialog).getByText('Đánh dấu đã đáp ứng', { selector: 'button span' }));
    await waitFor(() => expect(call?.ifMatch).toBe('"3"'));
  });

  it('offers no steps to a district on another district’s need', async () => {
    renderApp('/needs/7', { me: users.namgiang, stub: needsStub([need({ district: { id: 99, code: '504', name: 'Tây Giang' } })]) });
    await screen.findByRole('heading', { name: TITLE });
    expect(screen.queryByText('Sửa nhu cầu', { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText('Hủy nhu cầu', { selector: 'button span' })).not.toBeInTheDocument();
  });
});
