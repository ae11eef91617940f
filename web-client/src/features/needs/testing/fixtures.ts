import { configure, screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import type { Schemas } from '@/lib/api/client';
import { createFetchStub, json, page, type FetchStub } from '@/testing/fetch-stub';

/** Test rows shaped as the API answers (test data, as the demo data is labelled). */
export function need(overrides: Partial<Schemas['Need']> = {}): Schemas['Need'] {
  return {
    id: 7,
    commune: { id: 41, code: '20404', name: 'A Vao' },
    district: { id: 12, code: '510', name: 'Nam Giang' },
    category: { id: 14, code: 'PD-SEEDS-LIVESTOCK', name: 'Hỗ trợ giống cây trồng, con vật nuôi', area: 'production' },
    title: 'Bò giống cho hộ nghèo thôn Pà Dồn',
    description: 'Hai mươi hộ nghèo chưa có sinh kế ổn định',
    estimatedVnd: 300_000_000,
    priority: 'high',
    targetYear: 2019,
    status: 'pledged',
    pledgedVnd: 150_000_000,
    pledgeCount: 1,
    deliveredVnd: 60_000_000,
    version: 3,
    createdBy: 'namgiang',
    ...overrides,
  };
}

export const pledge: Schemas['NeedPledge'] = {
  id: 5,
  needId: 7,
  organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  agreementId: 17,
  recipient: { id: 41, code: '20404', name: 'A Vao' },
  pledgedVnd: 150_000_000,
  year: 2019,
  status: 'active',
  planId: 9,
  planStatus: 'draft',
  planItemId: 44,
  plannedVnd: 150_000_000,
  deliveredVnd: 60_000_000,
  deliveredCount: 1,
  version: 0,
};

export const delivery: Schemas['NeedDelivery'] = {
  supportRecordId: 301,
  pledgeId: 5,
  organization: pledge.organization,
  supportDate: '2019-05-10',
  description: 'Trao 4 con bò giống',
  valueVnd: 60_000_000,
  status: 'confirmed',
};

export const agreement: Schemas['Agreement'] = {
  id: 17,
  organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  period: { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' },
  recipient: { id: 41, code: '20404', name: 'A Vao', level: 'commune', kindLabel: 'xã' },
  district: { id: 12, code: '510', name: 'Nam Giang' },
  startDate: '2016-05-15',
  status: 'active',
  version: 4,
};

/** The API as the needs screens see it (later routes win). */
export function needsStub(rows: Schemas['Need'][] = [need()], agreements: Schemas['Agreement'][] = [agreement]): FetchStub {
  return createFetchStub()
    .on('GET', '/api/v1/admin-units', (request) =>
      json(
        page(
          new URL(request.url).searchParams.get('level') === 'district'
            ? [{ id: 12, code: '510', name: 'Nam Giang', level: 'district' }]
            : [{ id: 41, code: '20404', name: 'A Vao', level: 'commune' }],
        ),
      ),
    )
    .on('GET', '/api/v1/support-categories', () =>
      json(page([{ id: 14, area: 'production', code: 'PD-SEEDS-LIVESTOCK', name: 'Hỗ trợ giống cây trồng, con vật nuôi', active: true }])),
    )
    .on('GET', '/api/v1/agreements', (request) =>
      json(page(new URL(request.url).searchParams.get('communeId') === '41' ? agreements : [])),
    )
    .on('GET', '/api/v1/needs', () => json(page(rows)))
    .on('GET', '/api/v1/needs/:id', (_, { id }) =>
      json({ need: rows.find((row) => String(row.id) === id), pledges: [pledge], deliveries: [delivery] }),
    );
}

/** The query string of the last request to `path` (exact), as a plain object. */
export function lastQuery(stub: FetchStub, path: string): Record<string, string> | undefined {
  const request = stub.requests.filter((candidate) => new URL(candidate.url).pathname === path).at(-1);
  return request ? Object.fromEntries(new URL(request.url).searchParams) : undefined;
}

/** antd pages take jsdom a while to draw on a two-core machine. */
export function allowSlowRendering() {
  configure({ asyncUtilTimeout: 15_000 });
  vi.setConfig({ testTimeout: 60_000 });
}

/** user-event without its per-click pointer-events check (slow with antd's style sheets in jsdom). */
export function setupUser(): UserEvent {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/** Picks `option` in the antd Select labelled `label`. */
export async function chooseOption(user: UserEvent, label: string | RegExp, option: string) {
  await user.click(screen.getByLabelText(label));
  let target: Element | undefined;
  await waitFor(() => {
    target = [
      ...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option'),
    ].find((element) => element.getAttribute('title') === option || element.textContent === option);
    if (!target) {
      throw new Error(`No option "${option}" in the open select "${String(label)}"`);
    }
  });
  await user.click(target as Element);
}
