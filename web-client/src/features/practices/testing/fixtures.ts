import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import type { Schemas } from '@/lib/api/client';
import { createFetchStub, json, page, problem, type FetchStub } from '@/testing/fetch-stub';

type Practice = Schemas['GoodPractice'];
type ListItem = Schemas['GoodPracticeListItem'];

export const listItem = (overrides: Partial<ListItem> = {}): ListItem => ({
  id: 9,
  title: 'Nuôi bò sinh sản luân chuyển ở xã Cà Dy',
  excerpt: 'Sở hỗ trợ 12 con bò cái giống cho 12 hộ nghèo…',
  organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  commune: { id: 120, code: '510-02', name: 'Cà Dy' },
  district: { id: 12, code: '510', name: 'Nam Giang' },
  agreementId: 17,
  area: 'production',
  year: 2018,
  tags: ['bò giống', 'chăn nuôi'],
  status: 'published',
  publishedAt: '2018-12-15T03:00:00Z',
  coverFileId: 41,
  fileCount: 2,
  version: 3,
  updatedAt: '2018-12-15T03:00:00Z',
  ...overrides,
});

export const practice = (overrides: Partial<Practice> = {}): Practice => ({
  id: 9,
  title: 'Nuôi bò sinh sản luân chuyển ở xã Cà Dy',
  whatWasDone: 'Sở hỗ trợ 12 con bò cái giống cho 12 hộ nghèo.',
  results: 'Đàn bò luân chuyển đến 31 hộ; 9 hộ thoát nghèo.',
  organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  agreement: {
    id: 17,
    status: 'active',
    organization: { id: 7, code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
    recipient: { id: 120, code: '510-02', name: 'Cà Dy', level: 'commune', kindLabel: 'xã' },
    district: { id: 12, code: '510', name: 'Nam Giang' },
    period: { id: 2, code: '2016-2020', name: 'Giai đoạn 2016–2020' },
  },
  commune: { id: 120, code: '510-02', name: 'Cà Dy' },
  district: { id: 12, code: '510', name: 'Nam Giang' },
  area: 'production',
  year: 2018,
  tags: ['bò giống', 'chăn nuôi'],
  status: 'published',
  publishedAt: '2018-12-15T03:00:00Z',
  files: [
    {
      id: 41,
      fileName: 'Chuồng bò.jpg',
      mediaType: 'image/jpeg',
      sizeBytes: 20480,
      sha256: 'ab',
      image: true,
      uploadedAt: '2018-12-01T03:00:00Z',
      uploadedBy: 'sonnptnt',
    },
    {
      id: 42,
      fileName: 'Báo cáo mô hình.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 1048576,
      sha256: 'cd',
      image: false,
      uploadedAt: '2018-12-01T03:00:00Z',
      uploadedBy: 'sonnptnt',
    },
  ],
  coverFileId: 41,
  editable: false,
  version: 3,
  createdAt: '2018-12-01T03:00:00Z',
  createdBy: 'sonnptnt',
  updatedAt: '2018-12-15T03:00:00Z',
  updatedBy: 'sonnptnt',
  ...overrides,
});

/** The picture bytes the stub serves for any image file. */
export const IMAGE_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

export interface Change {
  method: string;
  path: string;
  ifMatch: string | null;
  authorization: string | null;
}

/** A stub answering the practice endpoints; records every change and the file requests. */
export function practicesStub(detail: Practice = practice(), items: ListItem[] = [listItem()]) {
  const changes: Change[] = [];
  const fileRequests: Change[] = [];
  const record = (into: Change[], request: Request) =>
    into.push({
      method: request.method,
      path: new URL(request.url).pathname,
      ifMatch: request.headers.get('If-Match'),
      authorization: request.headers.get('Authorization'),
    });
  const stub: FetchStub = createFetchStub()
    .on('GET', '/api/v1/practices', () => json(page(items, items.length, 0, 12)))
    .on('GET', '/api/v1/practices/:id', (_, { id }) => (Number(id) === detail.id ? json(detail) : problem(404, { title: 'Không tìm thấy' })))
    // After `:id`: later routes win, and "tags" would otherwise be taken for an id.
    .on('GET', '/api/v1/practices/tags', () =>
      json([
        { tag: 'chăn nuôi', count: 3 },
        { tag: 'bò giống', count: 2 },
        { tag: 'giáo dục', count: 1 },
      ]),
    )
    .on('GET', '/api/v1/practices/:id/files/:fileId', (request) => {
      record(fileRequests, request);
      return new Response(IMAGE_BYTES, { headers: { 'Content-Type': 'image/jpeg', 'Content-Disposition': 'inline; filename="a.jpg"' } });
    })
    .on('POST', '/api/v1/practices/:id/publish', (request) => {
      record(changes, request);
      return json({ ...detail, status: 'published', version: (detail.version ?? 0) + 1 });
    })
    .on('POST', '/api/v1/practices/:id/unpublish', (request) => {
      record(changes, request);
      return json({ ...detail, status: 'draft', publishedAt: null, version: (detail.version ?? 0) + 1 });
    })
    .on('POST', '/api/v1/practices/:id/files', (request) => {
      record(changes, request);
      return problem(415, { title: 'Kiểu nội dung không được hỗ trợ / Unsupported media type', type: 'urn:ketnghia:problem:unsupported-media-type' });
    });
  return { stub, changes, fileRequests };
}

/** A page of antd cards, forms and lazy chunks takes jsdom seconds to draw on a loaded two-core machine. */
export function allowSlowRendering() {
  configure({ asyncUtilTimeout: 15_000 });
  vi.setConfig({ testTimeout: 120_000 });
}
