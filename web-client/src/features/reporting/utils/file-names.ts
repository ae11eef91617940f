import { foldVietnamese } from '@/lib/search';
import type { ReportingPeriod } from '../types';

/**
 * The name to save a document under when the server's Content-Disposition cannot be read (a
 * browser hides it from scripts on another origin unless the API exposes it):
 * `bao-cao-tong-hop-bao-cao-6-thang-2026.docx`.
 */
export function documentFileName(prefix: string, period: ReportingPeriod, extension: 'docx' | 'xlsx'): string {
  const slug = foldVietnamese(period.name ?? `${period.regime ?? ''} ${period.year ?? ''}`)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${[prefix, slug].filter(Boolean).join('-')}.${extension}`;
}
