import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, problem } from '@/testing/fetch-stub';
import { renderWithProviders, users } from '@/testing/render';
import { agreement, allowSlowRendering, visit, visitsStub } from '../testing/fixtures';
import { fill, setupUser } from '../testing/select';
import { VisitFormDrawer } from './visit-form-drawer';

allowSlowRendering();

/** The form item (label, control and its messages) around `control`. */
function formItemOf(control: HTMLElement): HTMLElement {
  return control.closest('.ant-form-item') as HTMLElement;
}

describe('visit form', () => {
  it('records a visit with its action points inline, for a district', async () => {
    const user = setupUser();
    const { stub } = visitsStub();
    let body: unknown;
    stub.on('POST', '/api/v1/monitoring-visits', async (request) => {
      body = await request.json();
      return json(visit({ id: 26 }));
    });
    const onSaved = vi.fn();
    renderWithProviders(
      <VisitFormDrawer open agreement={agreement} onClose={vi.fn()} onReload={vi.fn()} onSaved={onSaved} />,
      { me: users.namgiang, stub },
    );
    await screen.findByText('Sở Nông nghiệp và Phát triển nông thôn → xã A Vao (Nam Giang) · 2016-2020');
    await user.type(screen.getByLabelText('Ngày kiểm tra'), '12/06/2017');
    await fill(user, screen.getByLabelText('Thành phần tham gia'), 'UBND huyện Nam Giang; UBND xã A Vao');
    await fill(user, screen.getByLabelText('Kết quả kiểm tra'), '3 hộ chưa làm chuồng bò.');
    await user.click(screen.getByText('Thêm việc cần làm'));
    await fill(user, await screen.findByLabelText('Nội dung công việc'), 'Hướng dẫn 3 hộ làm chuồng bò');
    await fill(user, screen.getByLabelText('Người, đơn vị thực hiện'), 'Trạm Khuyến nông huyện');
    await user.type(screen.getByLabelText('Hạn hoàn thành'), '31/08/2017{Tab}');
    await user.click(screen.getByText('Lưu'));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(body).toEqual({
      agreementId: 17,
      visitDate: '2017-06-12',
      participants: 'UBND huyện Nam Giang; UBND xã A Vao',
      findings: '3 hộ chưa làm chuồng bò.',
      actionPoints: [{ description: 'Hướng dẫn 3 hộ làm chuồng bò', owner: 'Trạm Khuyến nông huyện', dueDate: '2017-08-31' }],
    });
  });

  it('shows a server error on an inline action point beside its field', async () => {
    const user = setupUser();
    const { stub } = visitsStub();
    stub.on('POST', '/api/v1/monitoring-visits', () =>
      problem(400, {
        type: 'urn:ketnghia:problem:validation-failed',
        title: 'Dữ liệu không hợp lệ / Validation failed',
        errors: [{ pointer: '/actionPoints/0/dueDate', message: 'không được trước ngày kiểm tra / must not be before the visit' }],
      }),
    );
    renderWithProviders(<VisitFormDrawer open agreement={agreement} onClose={vi.fn()} onReload={vi.fn()} />, {
      me: users.sonnptnt,
      stub,
    });
    await screen.findByText('Sở Nông nghiệp và Phát triển nông thôn → xã A Vao (Nam Giang) · 2016-2020');
    await user.type(screen.getByLabelText('Ngày kiểm tra'), '12/06/2017');
    await fill(user, screen.getByLabelText('Thành phần tham gia'), 'UBND xã A Vao');
    await user.click(screen.getByText('Thêm việc cần làm'));
    await fill(user, await screen.findByLabelText('Nội dung công việc'), 'Làm chuồng bò');
    await fill(user, screen.getByLabelText('Người, đơn vị thực hiện'), 'Trạm Khuyến nông');
    await user.type(screen.getByLabelText('Hạn hoàn thành'), '01/06/2017{Tab}');
    await user.click(screen.getByText('Lưu'));

    await waitFor(() =>
      expect(formItemOf(screen.getByLabelText('Hạn hoàn thành'))).toHaveTextContent('không được trước ngày kiểm tra'),
    );
  });

  it('edits the visit’s own fields with its version in If-Match', async () => {
    const user = setupUser();
    const { stub } = visitsStub();
    let ifMatch: string | null = null;
    let body: unknown;
    stub.on('PUT', '/api/v1/monitoring-visits/:id', async (request) => {
      ifMatch = request.headers.get('If-Match');
      body = await request.json();
      return json(visit());
    });
    const onClose = vi.fn();
    renderWithProviders(<VisitFormDrawer open visit={visit()} onClose={onClose} onReload={vi.fn()} />, {
      me: users.sonnptnt,
      stub,
    });
    const findings = await screen.findByLabelText('Kết quả kiểm tra');
    await user.clear(findings);
    await fill(user, findings, 'Đã kiểm tra lại.');
    await user.click(screen.getByText('Lưu'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(ifMatch).toBe('"7"');
    expect(body).toEqual({
      visitDate: '2017-06-12',
      participants: 'Sở NN&PTNT (ông Trần Văn Bình); UBND xã A Vao (bà Hồ Thị Lan)',
      findings: 'Đã kiểm tra lại.',
    });
    expect(screen.queryByText('Thêm việc cần làm')).not.toBeInTheDocument();
  });
});
