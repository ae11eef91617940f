import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFetchStub, json, page } from '@/testing/fetch-stub';
import { renderWithProviders, users } from '@/testing/render';
import { AdminUnitsPage } from './admin-units-page';

const periods = [
  { id: 1, code: '2012-2015', name: 'Giai đoạn 2012–2015', startYear: 2012, endYear: 2015, version: 0 },
  { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020', startYear: 2016, endYear: 2020, version: 0 },
];

function tree(periodId: number) {
  const flagged = periodId === 2;
  return [
    {
      id: 1,
      level: 'province',
      code: '49',
      name: 'Quảng Nam',
      kindLabel: 'tỉnh',
      children: [
        {
          id: 10,
          level: 'district',
          code: '510',
          name: 'Nam Giang',
          kindLabel: 'huyện',
          terrain: 'mountainous',
          children: [
            {
              id: 45,
              level: 'commune',
              code: '510-05',
              name: 'Chơ Chun',
              kindLabel: 'xã',
              flags: { especiallyDifficult: flagged, ethnicMinorityArea: true, border: flagged },
              children: [],
            },
          ],
        },
      ],
    },
  ];
}

describe('administrative units screen', () => {
  it('shows each commune\'s flags for the chosen period', async () => {
    const user = userEvent.setup();
    const stub = createFetchStub()
      .on('GET', '/api/v1/periods', () => json(page(periods)))
      .on('GET', '/api/v1/admin-units/tree', (request) =>
        json(tree(Number(new URL(request.url).searchParams.get('periodId')))),
      );
    renderWithProviders(<AdminUnitsPage />, { me: users.admin, stub });

    // No period runs today, so the latest one is shown first.
    expect(await screen.findByText('Giai đoạn 2016–2020: 1 huyện, 1 xã, trong đó 1 xã đặc biệt khó khăn.')).toBeInTheDocument();
    const district = screen.getByText('Huyện Nam Giang').closest('tr')!;
    await user.click(district.querySelector<HTMLButtonElement>('button.ant-table-row-expand-icon')!);
    expect(await screen.findByText('Xã Chơ Chun')).toBeInTheDocument();
    expect(screen.getByLabelText('Xã đặc biệt khó khăn')).toHaveTextContent('ĐBKK');
    expect(screen.getByLabelText('Vùng đồng bào dân tộc thiểu số')).toHaveTextContent('DTTS');
    expect(screen.getByLabelText('Xã biên giới')).toHaveTextContent('Biên giới');

    await user.click(screen.getByRole('combobox', { name: 'Giai đoạn' }));
    await user.click(await screen.findByTitle('Giai đoạn 2012–2015'));
    expect(await screen.findByText('Giai đoạn 2012–2015: 1 huyện, 1 xã, trong đó 0 xã đặc biệt khó khăn.')).toBeInTheDocument();
    expect(screen.getByLabelText('Vùng đồng bào dân tộc thiểu số')).toBeInTheDocument();
    expect(screen.queryByLabelText('Xã đặc biệt khó khăn')).not.toBeInTheDocument();
    const treeRequests = stub.requests.filter((request) => request.url.includes('/admin-units/tree'));
    expect(new URL(treeRequests.at(-1)!.url).searchParams.get('periodId')).toBe('1');
  });
});
