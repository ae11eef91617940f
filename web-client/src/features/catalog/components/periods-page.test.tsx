import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFetchStub, json, page, problem } from '@/testing/fetch-stub';
import { renderWithProviders, users } from '@/testing/render';
import { PeriodsPage } from './periods-page';

const period2016 = {
  id: 2,
  code: '2016-2020',
  name: 'Giai đoạn 2016–2020',
  startYear: 2016,
  endYear: 2020,
  legalBasis: 'Chỉ thị số 23-CT/TU',
  version: 3,
};

function periodsStub(periods = [period2016]) {
  return createFetchStub().on('GET', '/api/v1/periods', () => json(page(periods)));
}

async function openEditForm() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Sửa Giai đoạn 2016–2020' }));
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(within(dialog).getByLabelText('Tên giai đoạn')).toHaveValue('Giai đoạn 2016–2020'));
  return { user, dialog };
}

describe('periods screen', () => {
  it('lists the periods for every catalogue reader, without edit buttons for leadership', async () => {
    renderWithProviders(<PeriodsPage />, { me: users.lanhdao, stub: periodsStub() });
    expect(await screen.findByRole('cell', { name: 'Giai đoạn 2016–2020' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '2016–2020' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thêm giai đoạn/ })).not.toBeInTheDocument();
  });

  it('saves an edit with If-Match carrying the row\'s version', async () => {
    const stub = periodsStub().on('PUT', '/api/v1/periods/:id', async (request) =>
      json({ ...period2016, ...(await request.json()), version: 4 }),
    );
    renderWithProviders(<PeriodsPage />, { me: users.admin, stub });
    const { user, dialog } = await openEditForm();

    const legalBasis = within(dialog).getByLabelText('Căn cứ pháp lý');
    await user.clear(legalBasis);
    await user.type(legalBasis, 'Thông báo 135/TB-UBND');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(stub.requests.some((request) => request.method === 'PUT')).toBe(true));
    const put = stub.requests.find((request) => request.method === 'PUT')!;
    expect(put.url).toMatch(/\/api\/v1\/periods\/2$/);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.clone().json()).toEqual({
      code: '2016-2020',
      name: 'Giai đoạn 2016–2020',
      startYear: 2016,
      endYear: 2020,
      legalBasis: 'Thông báo 135/TB-UBND',
    });
    expect(await screen.findByText('Đã lưu')).toBeInTheDocument();
  });

  it('shows the server\'s validation message beside the field it names', async () => {
    const stub = periodsStub().on('PUT', '/api/v1/periods/:id', () =>
      problem(400, {
        type: 'urn:ketnghia:problem:validation-failed',
        title: 'Dữ liệu không hợp lệ / Invalid input',
        errors: [{ pointer: '/endYear', message: 'không được trước năm bắt đầu / must not be before startYear' }],
      }),
    );
    renderWithProviders(<PeriodsPage />, { me: users.bdt, stub });
    const { user, dialog } = await openEditForm();

    const endYear = within(dialog).getByLabelText('Năm kết thúc');
    await user.clear(endYear);
    await user.type(endYear, '2015');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const message = await within(dialog).findByText('không được trước năm bắt đầu');
    expect(message.closest('.ant-form-item')).toContainElement(endYear);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Vui lòng kiểm tra lại các trường được đánh dấu.');
  });

  it('after a 412, reloads the row and puts its newer values in the form', async () => {
    let version = 3;
    const stub = createFetchStub()
      .on('GET', '/api/v1/periods', () =>
        json(page([{ ...period2016, version, name: version === 3 ? period2016.name : 'Giai đoạn 2016–2020 (sửa)' }])),
      )
      .on('PUT', '/api/v1/periods/:id', () =>
        problem(412, { type: 'urn:ketnghia:problem:precondition-failed', title: 'Đã thay đổi / Changed' }),
      );
    renderWithProviders(<PeriodsPage />, { me: users.bdt, stub });
    const { user, dialog } = await openEditForm();

    version = 5; // someone else saved meanwhile
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect((await screen.findAllByText('Bản ghi đã được người khác cập nhật')).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Tải lại' }));

    await waitFor(() =>
      expect(within(dialog).getByLabelText('Tên giai đoạn')).toHaveValue('Giai đoạn 2016–2020 (sửa)'),
    );
    stub.on('PUT', '/api/v1/periods/:id', () => json({ ...period2016, version: 6 }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(stub.requests.filter((request) => request.method === 'PUT').map((request) => request.headers.get('If-Match'))).toEqual([
        '"3"',
        '"5"',
      ]),
    );
  });
});
