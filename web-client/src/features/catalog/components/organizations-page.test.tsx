import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFetchStub, json, page } from '@/testing/fetch-stub';
import { renderWithProviders, users } from '@/testing/render';
import { OrganizationsPage } from './organizations-page';

const agriculture = {
  id: 1,
  code: 'SNNPTNT',
  name: 'Sở Nông nghiệp và Phát triển nông thôn',
  kind: 'department',
  officerName: 'Trần Văn Lộc',
  officerTitle: 'Phó Chánh Văn phòng Sở',
  officerPhone: '0905 123 456',
  address: '152 Hùng Vương, Tam Kỳ',
  active: true,
  version: 2,
} as const;
const women = { id: 2, code: 'HLHPN', name: 'Hội Liên hiệp Phụ nữ tỉnh', kind: 'mass_organization', active: true, version: 0 };

function listQueries(stub: ReturnType<typeof createFetchStub>) {
  return stub.requests
    .filter((request) => new URL(request.url).pathname === '/api/v1/organizations')
    .map((request) => Object.fromEntries(new URL(request.url).searchParams));
}

describe('partner units screen', () => {
  it('searches on the server, filters by kind, and pages', async () => {
    const user = userEvent.setup();
    const stub = createFetchStub().on('GET', '/api/v1/organizations', (request) => {
      const query = new URL(request.url).searchParams;
      const rows = query.get('q') ? [agriculture] : [agriculture, women];
      return json(page(rows, query.get('q') ? 1 : 45, Number(query.get('page')), Number(query.get('size'))));
    });
    renderWithProviders(<OrganizationsPage />, { me: users.bdt, stub });

    expect(await screen.findByText('Hội Liên hiệp Phụ nữ tỉnh')).toBeInTheDocument();
    expect(screen.getByText('Tổng số: 45')).toBeInTheDocument();

    await user.click(screen.getByTitle('3'));
    await waitFor(() => expect(listQueries(stub).at(-1)).toMatchObject({ page: '2', size: '20' }));

    await user.type(screen.getByLabelText('Tìm đơn vị kết nghĩa'), 'so nong nghiep{Enter}');
    await waitFor(() => expect(listQueries(stub).at(-1)).toEqual({ q: 'so nong nghiep', page: '0', size: '20', sort: 'name' }));
    await waitFor(() => expect(screen.queryByText('Hội Liên hiệp Phụ nữ tỉnh')).not.toBeInTheDocument());

    await user.click(screen.getByRole('combobox', { name: 'Loại đơn vị' }));
    await user.click(await screen.findByTitle('Đoàn thể'));
    await waitFor(() =>
      expect(listQueries(stub).at(-1)).toMatchObject({ q: 'so nong nghiep', kind: 'mass_organization', page: '0' }),
    );
  });

  it('opens a unit\'s details, with its officer in charge', async () => {
    const user = userEvent.setup();
    const stub = createFetchStub()
      .on('GET', '/api/v1/organizations', () => json(page([agriculture])))
      .on('GET', '/api/v1/organizations/:id', () => json(agriculture));
    renderWithProviders(<OrganizationsPage />, { me: users.lanhdao, stub });

    await user.click(await screen.findByRole('button', { name: agriculture.name }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Trần Văn Lộc, Phó Chánh Văn phòng Sở')).toBeInTheDocument();
    expect(within(drawer).getByText('152 Hùng Vương, Tam Kỳ')).toBeInTheDocument();
    // Leadership reads catalogues but does not edit them.
    expect(within(drawer).queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thêm đơn vị/ })).not.toBeInTheDocument();
  });
});
