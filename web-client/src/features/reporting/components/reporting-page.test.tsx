import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { configure } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, TEST_TOKEN, users } from '@/testing/render';
import { findButton, findModal, getButton, queryButton } from '@/testing/queries';
import { period, reportingStub, summary } from '../testing/fixtures';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 120_000 });

const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });


describe('reporting periods', () => {
  it('lists periods with window, due date, status and progress, and creates one with the regime’s defaults shown', async () => {
    const user = setupUser();
    const { stub, changes } = reportingStub(period({ status: 'planned', submittedCount: 0, reportCount: 0 }));
    const { router } = renderApp('/reporting', { me: users.bdt, stub });
    expect(await screen.findByText('Báo cáo 6 tháng đầu năm 2026', { selector: 'a' })).toHaveAttribute('href', '/reporting/3');
    expect(screen.getByText('15/12/2025 – 14/06/2026')).toBeInTheDocument();
    expect(screen.getByText('Chưa mở')).toBeInTheDocument();

    await user.click(getButton('Tạo kỳ báo cáo'));
    const drawer = (await screen.findByText('Thời gian lấy số liệu theo Nghị định số 09/2019/NĐ-CP', { exact: false })).closest(
      '.ant-drawer',
    ) as HTMLElement;
    const year = within(drawer).getByLabelText('Năm');
    await user.clear(year);
    await user.type(year, '2027');
    expect(
      await within(drawer).findByText(
        'Để trống các ngày để dùng mặc định của loại báo cáo: số liệu từ 15/12/2026 đến 14/06/2027, mở kỳ 01/06/2027, hạn nộp 16/06/2027.',
      ),
    ).toBeInTheDocument();
    await user.click(getButton('Tạo kỳ báo cáo', drawer));
    await waitFor(() =>
      expect(changes).toEqual([
        { method: 'POST', path: '/api/v1/reporting-periods', ifMatch: null, body: { regime: 'semi_annual', year: 2027 } },
      ]),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/reporting/8'));
  });

  it('opens a planned period after asking, with its version in If-Match', async () => {
    const user = setupUser();
    const { stub, changes } = reportingStub(period({ status: 'planned' }));
    renderApp('/reporting', { me: users.bdt, stub });
    await user.click(await screen.findByLabelText('Mở kỳ: Báo cáo 6 tháng đầu năm 2026'));
    await user.click(getButton('Mở kỳ', await findModal('Mở kỳ báo cáo Báo cáo 6 tháng đầu năm 2026?')));
    await waitFor(() => expect(changes[0]).toMatchObject({ path: '/api/v1/reporting-periods/3/open', ifMatch: '"2"' }));
  });

  it('shows the provincial leadership no create, open or close buttons', async () => {
    renderApp('/reporting', { me: users.lanhdao, stub: reportingStub(period({ status: 'planned' })).stub });
    await screen.findByText('Báo cáo 6 tháng đầu năm 2026', { selector: 'a' });
    for (const label of ['Tạo kỳ báo cáo', 'Mở kỳ', 'Đóng kỳ']) {
      expect(queryButton(label)).not.toBeInTheDocument();
    }
  });
});

describe('a period’s completeness', () => {
  it('counts, rates and lists the reporters worst first, each linking to its report', async () => {
    renderApp('/reporting/3', { me: users.bdt, stub: reportingStub().stub });
    const counts = (await screen.findByLabelText('Số lượng báo cáo')) as HTMLElement;
    expect(within(counts).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(counts).getByText('33,3 %')).toBeInTheDocument();
    expect(screen.getByText('Nam Giang')).toBeInTheDocument();
    expect(screen.getAllByText('Sở, ban, ngành')).toHaveLength(3);
    const links = screen.getAllByLabelText(/^Mở báo cáo của/);
    expect(links.map((link) => link.textContent)).toEqual([
      'UBND huyện Nam Giang',
      'Sở Y tế',
      'Sở Nông nghiệp và Phát triển nông thôn',
    ]);
    expect(links[0]).toHaveAttribute('href', '/reports/42');
    expect(screen.getAllByText('Quá hạn 4 ngày')).toHaveLength(2);
    expect(screen.getByText('Bổ sung')).toBeInTheDocument();
  });

  it('excuses a reporter with a reason, reading the report’s version for If-Match', async () => {
    const user = setupUser();
    const { stub, changes } = reportingStub();
    renderApp('/reporting/3', { me: users.bdt, stub });
    await user.click(await screen.findByLabelText('Miễn báo cáo cho Sở Y tế'));
    const dialog = await findModal('Miễn báo cáo: Sở Y tế');
    await user.click(within(dialog).getByLabelText('Lý do miễn báo cáo'));
    await user.paste('Đơn vị đã sáp nhập');
    await user.click(getButton('Miễn', dialog));
    await waitFor(() =>
      expect(changes).toEqual([
        { method: 'POST', path: '/api/v1/reports/43/excuse', ifMatch: '"9"', body: { reason: 'Đơn vị đã sáp nhập' } },
      ]),
    );
  });

  it('sends reminders now and says how many went out', async () => {
    const user = setupUser();
    const { stub, changes } = reportingStub();
    renderApp('/reporting/3', { me: users.bdt, stub });
    await user.click(await findButton('Gửi nhắc nhở ngay'));
    await user.click(getButton('Gửi nhắc nhở ngay', await findModal('Gửi nhắc nhở ngay cho các đơn vị chưa nộp?')));
    await waitFor(() => expect(changes[0]).toMatchObject({ path: '/api/v1/reporting-periods/3/reminders' }));
    expect(await screen.findByText('Đã gửi 2 thông báo và 1 thư điện tử')).toBeInTheDocument();
  });

  it('gives the provincial leadership the figures but no follow-up buttons', async () => {
    renderApp('/reporting/3', { me: users.lanhdao, stub: reportingStub().stub });
    await screen.findByLabelText('Số lượng báo cáo');
    for (const label of ['Gửi nhắc nhở ngay', 'Bổ sung đơn vị báo cáo', 'Tải công văn đôn đốc', 'Đóng kỳ', 'Miễn']) {
      expect(queryButton(label)).not.toBeInTheDocument();
    }
  });
});

describe('a period’s summary', () => {
  it('links every figure to the support records it sums, names the missing reporters and collates difficulties', async () => {
    renderApp('/reporting/3?tab=summary', { me: users.lanhdao, stub: reportingStub().stub });
    expect(await screen.findByLabelText('Xem các bản ghi hỗ trợ: Nam Giang')).toHaveAttribute(
      'href',
      '/support?from=2025-12-15&to=2026-06-14&districtId=12',
    );
    expect(screen.getByLabelText('Xem các bản ghi hỗ trợ: Sở, ban, ngành')).toHaveAttribute(
      'href',
      '/support?from=2025-12-15&to=2026-06-14&partnerKind=department',
    );
    const missing = screen.getByText('Đơn vị chưa nộp', { selector: 'h3' }).closest('.ant-card') as HTMLElement;
    expect(within(missing).getByText('UBND huyện Nam Giang', { selector: 'a' })).toHaveAttribute('href', '/reports/42');
    expect(screen.getByText('Thiếu vốn đối ứng')).toBeInTheDocument();
    expect(getButton('Tải báo cáo (DOCX)')).toBeInTheDocument();
    expect(getButton('Tải bảng số liệu (XLSX)')).toBeInTheDocument();
  });

  it('downloads the DOCX with the bearer token, saved under the server’s Vietnamese file name', async () => {
    const user = setupUser();
    const { stub } = reportingStub();
    stub.on('GET', '/api/v1/reporting-periods/:id/summary', (request) =>
      request.headers.get('Accept')?.includes('wordprocessingml')
        ? new Response('PK-docx', {
            headers: {
              'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
              'Content-Disposition':
                "attachment; filename=\"bao-cao-tong-hop.docx\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p.docx",
            },
          })
        : new Response(JSON.stringify(summary), { headers: { 'Content-Type': 'application/json' } }),
    );
    const createObjectURL = vi.fn(() => 'blob:summary');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderApp('/reporting/3?tab=summary', { me: users.bdt, stub });
    await user.click(await findButton('Tải báo cáo (DOCX)'));
    const dialog = await findModal('Các trường dưới đây không bắt buộc; để trống thì dùng giá trị mặc định.');
    await user.click(within(dialog).getByLabelText('Số văn bản'));
    await user.paste('125');
    await user.click(getButton('Tải xuống', dialog));
    await waitFor(() => expect(saved).toEqual(['Báo cáo tổng hợp.docx']));
    const request = stub.requests.filter((candidate) => candidate.headers.get('Accept')?.includes('wordprocessingml')).at(-1);
    expect(request?.headers.get('Authorization')).toBe(`Bearer ${TEST_TOKEN}`);
    expect(new URL(request?.url ?? '').searchParams.get('number')).toBe('125');
    click.mockRestore();
  });
});
