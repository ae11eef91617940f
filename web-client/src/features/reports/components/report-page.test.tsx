import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '@/testing/fetch-stub';
import { renderApp, users } from '@/testing/render';
import { listItem, report, reportsStub } from '../testing/fixtures';
import { findModal, findPageTitle, getButton, queryButton } from '@/testing/queries';
import { allowSlowRendering, fill, setupUser } from '../testing/helpers';

allowSlowRendering();

async function openReport() {
  await findPageTitle('Báo cáo 6 tháng đầu năm 2026');
}

async function openTab(user: ReturnType<typeof setupUser>, label: RegExp | string) {
  await user.click(await screen.findByText(label, { selector: '.ant-tabs-tab-btn' }));
}

describe('a report, for its reporter', () => {
  it('shows the facts, the reporter’s buttons and the narrative form', async () => {
    renderApp('/reports/41', { me: users.sonnptnt, stub: reportsStub().stub });
    await openReport();
    expect(screen.getByText('Đang soạn')).toBeInTheDocument();
    expect(screen.getByText('Chưa đến hạn')).toBeInTheDocument();
    expect(getButton('Lưu')).toBeInTheDocument();
    expect(getButton('Nộp báo cáo')).toBeInTheDocument();
    expect(queryButton('Tiếp nhận')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Kết quả thực hiện')).toHaveValue('Đã hỗ trợ 40 con bò giống cho xã A Vao.');
  });

  it('shows the figures as computed from the support records, each linking to them, and plan vs actual', async () => {
    const user = setupUser();
    renderApp('/reports/41', { me: users.sonnptnt, stub: reportsStub().stub });
    await openReport();
    await openTab(user, 'Số liệu');
    expect(await screen.findByText(/Số liệu tự động tổng hợp từ các bản ghi hỗ trợ trong khoảng 15\/12\/2025 – 14\/06\/2026/)).toBeInTheDocument();
    expect(screen.getByText('400.000.000 ₫', { selector: 'strong' }).closest('a')).toHaveAttribute(
      'href',
      '/support?from=2025-12-15&to=2026-06-14&organizationId=7',
    );
    expect(screen.getByLabelText('Xem các bản ghi hỗ trợ: Phát triển sản xuất, giảm nghèo bền vững')).toHaveAttribute(
      'href',
      '/support?from=2025-12-15&to=2026-06-14&organizationId=7&area=production',
    );
    expect(screen.getByText('50 %')).toBeInTheDocument();
  });

  it('saves the narrative with the version it was read at in If-Match', async () => {
    const user = setupUser();
    const { stub, changes } = reportsStub();
    renderApp('/reports/41', { me: users.sonnptnt, stub });
    await openReport();
    await user.clear(screen.getByLabelText('Kết quả thực hiện'));
    await fill(user, screen.getByLabelText('Kết quả thực hiện'), 'Đã hỗ trợ 40 con bò giống. Đã tập huấn 2 lớp.');
    await user.click(getButton('Lưu'));
    await waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).toEqual({
      method: 'PUT',
      path: '/api/v1/reports/41',
      ifMatch: '"4"',
      body: {
        results: 'Đã hỗ trợ 40 con bò giống. Đã tập huấn 2 lớp.',
        difficulties: [{ theme: 'material', districtId: 12, text: 'Thiếu vốn đối ứng' }],
        recommendations: [],
      },
    });
  });

  it('saves unsaved text first, then submits with the new version, after asking', async () => {
    const user = setupUser();
    const { stub, changes } = reportsStub();
    renderApp('/reports/41', { me: users.sonnptnt, stub });
    await openReport();
    await user.clear(screen.getByLabelText('Kết quả thực hiện'));
    await fill(user, screen.getByLabelText('Kết quả thực hiện'), 'Đã hỗ trợ 40 con bò giống.');
    await user.click(getButton('Nộp báo cáo'));
    await user.click(getButton('Nộp báo cáo', await findModal('Nộp báo cáo này?')));
    await waitFor(() => expect(changes.map((change) => [change.method, change.path, change.ifMatch])).toEqual([
      ['PUT', '/api/v1/reports/41', '"4"'],
      ['POST', '/api/v1/reports/41/submit', '"5"'],
    ]));
    expect(await screen.findByText('Đã nộp')).toBeInTheDocument();
    expect(queryButton('Lưu')).not.toBeInTheDocument();
  });

  it('puts the server’s “results required” beside the field', async () => {
    const user = setupUser();
    const { stub } = reportsStub(report({ results: '' }));
    stub.on('POST', '/api/v1/reports/:id/submit', () =>
      problem(400, {
        type: 'urn:ketnghia:problem:validation-failed',
        title: 'Dữ liệu không hợp lệ / Invalid data',
        errors: [{ pointer: '/results', message: 'Cần nhập kết quả thực hiện trước khi nộp / Results are required' }],
      }),
    );
    renderApp('/reports/41', { me: users.sonnptnt, stub });
    await openReport();
    await user.click(getButton('Nộp báo cáo'));
    await user.click(getButton('Nộp báo cáo', await findModal('Nộp báo cáo này?')));
    expect(await screen.findByText('Cần nhập kết quả thực hiện trước khi nộp')).toBeInTheDocument();
  });

  it('offers to reload when someone else saved first (412)', async () => {
    const user = setupUser();
    const { stub } = reportsStub();
    stub.on('PUT', '/api/v1/reports/:id', () =>
      problem(412, { type: 'urn:ketnghia:problem:precondition-failed', title: 'Đã thay đổi / Changed' }),
    );
    renderApp('/reports/41', { me: users.sonnptnt, stub });
    await openReport();
    await user.click(getButton('Lưu'));
    expect((await screen.findAllByText('Bản ghi đã được người khác cập nhật')).length).toBeGreaterThan(0);
  });

  it('shows the province’s reason when the report came back', async () => {
    renderApp('/reports/41', {
      me: users.sonnptnt,
      stub: reportsStub(report({ status: 'returned', returnReason: 'Thiếu số liệu xã Chơ Chun' })).stub,
    });
    await openReport();
    expect(screen.getByText('Ban Dân tộc đã trả lại báo cáo')).toBeInTheDocument();
    expect(screen.getByText('Thiếu số liệu xã Chơ Chun')).toBeInTheDocument();
  });

  it('says plainly that a file of the wrong type was refused (415)', async () => {
    const user = setupUser();
    const { stub } = reportsStub();
    stub.on('POST', '/api/v1/reports/:id/attachments', () =>
      problem(415, { type: 'urn:ketnghia:problem:unsupported-media-type', title: 'Loại tệp không hỗ trợ / Unsupported' }),
    );
    const { container } = renderApp('/reports/41', { me: users.sonnptnt, stub });
    await openReport();
    await openTab(user, /Tệp đính kèm/);
    expect(await screen.findByText('Báo cáo Sở NN.pdf')).toBeInTheDocument();
    expect(screen.getByText('1,5 MB')).toBeInTheDocument();
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['MZ'], 'virus.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('Loại tệp không được chấp nhận')).toBeInTheDocument();
    expect(screen.getByText(/virus\.pdf: Chỉ chấp nhận PDF/)).toBeInTheDocument();
  });
});

describe('a report, for the province', () => {
  it('returns a submitted report with a required reason', async () => {
    const user = setupUser();
    const { stub, changes } = reportsStub(
      report({ status: 'submitted', actions: ['return', 'accept'], submissionCount: 1, firstSubmittedAt: '2026-06-12T10:00:00+07:00' }),
    );
    renderApp('/reports/41', { me: users.bdt, stub });
    await openReport();
    expect(queryButton('Lưu')).not.toBeInTheDocument();
    expect(screen.getByText('Đã hỗ trợ 40 con bò giống cho xã A Vao.')).toBeInTheDocument();
    await user.click(getButton('Trả lại'));
    const dialog = await findModal('Trả lại báo cáo');
    await user.click(getButton('Trả lại', dialog));
    expect(await within(dialog).findByText(/Hãy nhập thông tin cho trường/)).toBeInTheDocument();
    expect(changes).toEqual([]);
    await fill(user, within(dialog).getByLabelText('Lý do trả lại (đơn vị sẽ nhận được)'), 'Thiếu số liệu xã Chơ Chun');
    await user.click(getButton('Trả lại', dialog));
    await waitFor(() =>
      expect(changes).toEqual([
        { method: 'POST', path: '/api/v1/reports/41/return', ifMatch: '"4"', body: { reason: 'Thiếu số liệu xã Chơ Chun' } },
      ]),
    );
    expect(await screen.findByText('Bị trả lại')).toBeInTheDocument();
  });

  it('accepts a submitted report after asking', async () => {
    const user = setupUser();
    const { stub, changes } = reportsStub(report({ status: 'submitted', actions: ['return', 'accept'] }));
    renderApp('/reports/41', { me: users.bdt, stub });
    await openReport();
    await user.click(getButton('Tiếp nhận'));
    await user.click(getButton('Tiếp nhận', await findModal('Tiếp nhận báo cáo này?')));
    await waitFor(() => expect(changes[0]).toMatchObject({ path: '/api/v1/reports/41/accept', ifMatch: '"4"' }));
    expect(await screen.findByText('Đã tiếp nhận')).toBeInTheDocument();
  });

  it('lists what changed since the previous submission, in words', async () => {
    const user = setupUser();
    const { stub } = reportsStub(
      report({
        status: 'submitted',
        actions: ['return', 'accept'],
        versions: [
          { number: 1, submittedAt: '2026-06-10T10:00:00+07:00', submittedBy: 'sonnptnt', submittedByName: 'Lê Thị Hoa' },
          { number: 2, submittedAt: '2026-06-14T10:00:00+07:00', submittedBy: 'sonnptnt', submittedByName: 'Lê Thị Hoa' },
        ],
      }),
    );
    stub.on('GET', '/api/v1/reports/:id/changes', () =>
      json({
        fromVersion: 1,
        toVersion: 2,
        changes: [{ path: 'figures.byArea.material.valueVnd', before: 100_000_000, after: 150_000_000 }],
      }),
    );
    renderApp('/reports/41', { me: users.bdt, stub });
    await openReport();
    await openTab(user, 'Quá trình xử lý');
    expect(await screen.findByText('Số liệu › Theo lĩnh vực › Về vật chất › Giá trị')).toBeInTheDocument();
    expect(screen.getByText('100.000.000 ₫')).toBeInTheDocument();
    expect(screen.getByText('150.000.000 ₫')).toBeInTheDocument();
  });

  it('shows the provincial leadership no step buttons', async () => {
    renderApp('/reports/41', {
      me: users.lanhdao,
      stub: reportsStub(report({ status: 'submitted', actions: ['return', 'accept'] })).stub,
    });
    await openReport();
    for (const label of ['Trả lại', 'Tiếp nhận', 'Lưu', 'Nộp báo cáo']) {
      expect(queryButton(label)).not.toBeInTheDocument();
    }
  });
});

describe('the reports list', () => {
  it('shows a unit its own reports with due date, status and timeliness', async () => {
    const { stub } = reportsStub();
    stub.on('GET', '/api/v1/reports', () => json({ items: [listItem({ status: 'draft', timeliness: 'overdue', daysLate: 3 })], total: 1 }));
    renderApp('/reports', { me: users.sonnptnt, stub });
    expect(await findPageTitle('Báo cáo của đơn vị')).toBeInTheDocument();
    expect(await screen.findByText('Quá hạn 3 ngày')).toBeInTheDocument();
    expect(screen.getByText('16/06/2026')).toBeInTheDocument();
    expect(screen.getByText('Báo cáo 6 tháng đầu năm 2026', { selector: 'a' })).toHaveAttribute('href', '/reports/41');
  });

  it('sends the province’s filters from the address', async () => {
    const { stub } = reportsStub();
    renderApp('/reports?status=submitted', { me: users.bdt, stub });
    await screen.findByText('Sở Nông nghiệp và Phát triển nông thôn');
    const request = stub.requests.filter((candidate) => new URL(candidate.url).pathname === '/api/v1/reports').at(-1);
    expect(Object.fromEntries(new URL(request?.url ?? '').searchParams)).toEqual({ status: 'submitted', page: '0', size: '20' });
  });
});
