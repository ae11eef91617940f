import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, problem } from '@/testing/fetch-stub';
import { renderWithProviders, users } from '@/testing/render';
import { agreement, allowSlowRendering, supportRecord, supportStub } from '../testing/fixtures';
import { chooseOption, fill, setupUser } from '../testing/select';
import { SupportRecordFormDrawer } from './support-record-form-drawer';

allowSlowRendering();

/** The form item (label, control and its messages) around the field labelled `label`. */
function formItem(label: string): HTMLElement {
  const item = screen.getByText(label, { selector: 'label' }).closest('.ant-form-item');
  if (!item) {
    throw new Error(`No form item labelled ${label}`);
  }
  return item as HTMLElement;
}

describe('support record form', () => {
  it('asks for the enterprise name only when an enterprise was mobilised, and then requires it', async () => {
    const user = setupUser();
    renderWithProviders(<SupportRecordFormDrawer open onClose={vi.fn()} onReload={vi.fn()} />, {
      me: users.sonnptnt,
      stub: supportStub(),
    });
    await screen.findByText('Nguồn kinh phí', { selector: 'label' });
    expect(screen.queryByText('Tên doanh nghiệp vận động')).not.toBeInTheDocument();

    await chooseOption(user, 'Nguồn kinh phí', 'Vận động doanh nghiệp');
    expect(await screen.findByText('Tên doanh nghiệp vận động', { selector: 'label' })).toBeInTheDocument();
    await user.click(screen.getByText('Lưu'));
    await waitFor(() =>
      expect(formItem('Tên doanh nghiệp vận động')).toHaveTextContent(/Hãy nhập thông tin cho trường Tên doanh nghiệp/),
    );

    await chooseOption(user, 'Nguồn kinh phí', 'Ngân sách đơn vị');
    await waitFor(() => expect(screen.queryByText('Tên doanh nghiệp vận động')).not.toBeInTheDocument());
  });

  it('sends the enterprise name with a mobilised enterprise, and the agreement pre-filled by the tab', async () => {
    const user = setupUser();
    const stub = supportStub();
    let body: unknown;
    stub.on('POST', '/api/v1/support-records', async (request) => {
      body = await request.json();
      return json(supportRecord({ id: 302 }));
    });
    const onClose = vi.fn();
    renderWithProviders(<SupportRecordFormDrawer open agreement={agreement} onClose={onClose} onReload={vi.fn()} />, {
      me: users.sonnptnt,
      stub,
    });
    await screen.findByText('Sở Nông nghiệp và Phát triển nông thôn → xã A Vao (Nam Giang) · 2016-2020');

    await user.click(screen.getByLabelText('Ngày hỗ trợ'));
    await user.keyboard('20/01/2017');
    await chooseOption(user, 'Nội dung hỗ trợ', 'Thăm hỏi, tặng quà dịp Lễ, Tết');
    await fill(user, screen.getByLabelText('Mô tả'), 'Tặng quà Tết cho hộ nghèo');
    await user.type(screen.getByLabelText('Giá trị (đồng)'), '60000000');
    expect(screen.getByLabelText('Giá trị (đồng)')).toHaveValue('60.000.000');
    await chooseOption(user, 'Nguồn kinh phí', 'Vận động doanh nghiệp');
    await fill(user, await screen.findByLabelText('Tên doanh nghiệp vận động'), 'Công ty CP Vinacapital');
    await user.click(screen.getByText('Lưu'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(body).toEqual({
      agreementId: 17,
      supportDate: '2017-01-20',
      categoryId: 12,
      description: 'Tặng quà Tết cho hộ nghèo',
      valueVnd: 60_000_000,
      form: 'in_kind',
      fundingSource: 'mobilised_enterprise',
      enterpriseName: 'Công ty CP Vinacapital',
    });
  });

  it('shows the server error on /valueVnd beside the value, and edits with If-Match', async () => {
    const user = setupUser();
    const stub = supportStub();
    let ifMatch: string | null = null;
    stub.on('PUT', '/api/v1/support-records/:id', (request) => {
      ifMatch = request.headers.get('If-Match');
      return problem(400, {
        type: 'urn:ketnghia:problem:validation-failed',
        title: 'Dữ liệu không hợp lệ / Validation failed',
        errors: [{ pointer: '/valueVnd', message: 'phải nhỏ hơn hoặc bằng 1000000000000 / must be at most 1000000000000' }],
      });
    });
    renderWithProviders(
      <SupportRecordFormDrawer open record={supportRecord()} onClose={vi.fn()} onReload={vi.fn()} />,
      { me: users.sonnptnt, stub },
    );
    await screen.findByText('Sửa bản ghi hỗ trợ');
    await waitFor(() =>
      expect(screen.getByLabelText('Giá trị (đồng)')).toHaveValue('60.000.000'),
    );
    await user.click(screen.getByText('Lưu'));

    await waitFor(() => expect(formItem('Giá trị (đồng)')).toHaveTextContent('phải nhỏ hơn hoặc bằng 1000000000000'));
    expect(formItem('Giá trị (đồng)')).not.toHaveTextContent('must be at most');
    expect(ifMatch).toBe('"2"');
  });

  it('offers to reload when someone else saved the record first (412)', async () => {
    const user = setupUser();
    const stub = supportStub().on('PUT', '/api/v1/support-records/:id', () =>
      problem(412, { type: 'urn:ketnghia:problem:precondition-failed', title: 'Đã thay đổi / Changed' }),
    );
    const onReload = vi.fn();
    renderWithProviders(<SupportRecordFormDrawer open record={supportRecord()} onClose={vi.fn()} onReload={onReload} />, {
      me: users.sonnptnt,
      stub,
    });
    await screen.findByText('Sửa bản ghi hỗ trợ');
    await user.click(screen.getByText('Lưu'));
    await user.click(await screen.findByText('Tải lại'));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('links the record to an item of the chosen agreement’s plans', async () => {
    const user = setupUser();
    const stub = supportStub().on('GET', '/api/v1/agreements/:id/plans', () =>
      json([
        {
          id: 9,
          kind: 'annual',
          year: 2017,
          items: [{ id: 31, description: 'Tặng quà Tết 2017', category: { id: 12, name: 'Quà Tết' } }],
        },
      ]),
    );
    renderWithProviders(<SupportRecordFormDrawer open agreement={agreement} onClose={vi.fn()} onReload={vi.fn()} />, {
      me: users.sonnptnt,
      stub,
    });
    await chooseOption(user, 'Thuộc kế hoạch', 'Chương trình năm 2017 – Tặng quà Tết 2017');
    const planRequest = stub.requests.find((request) => request.url.endsWith('/api/v1/agreements/17/plans'));
    expect(planRequest).toBeDefined();
  });
});
