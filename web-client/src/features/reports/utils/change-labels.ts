import type { TFunction } from 'i18next';
import { formatVnd, formatNumber } from '@/lib/format';

/** One piece of a change path: `difficulties[2]` → name `difficulties`, index 2. */
interface Segment {
  name: string;
  index?: number;
}

/** `difficulties[2].text` → [{difficulties, 2}, {text}]. */
export function parseChangePath(path: string): Segment[] {
  return path
    .split('.')
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)\[(\d+)\]$/.exec(part);
      return match ? { name: match[1] ?? '', index: Number(match[2]) } : { name: part };
    });
}

const BREAKDOWNS = [
  'byArea',
  'byCategory',
  'byCommune',
  'byDistrict',
  'byForm',
  'byFundingSource',
  'byOrganization',
  'byPartnerKind',
] as const;

function codeLabel(breakdown: string, code: string, t: TFunction): string {
  switch (breakdown) {
    case 'byArea':
      return t(`area.${code}` as 'area.material', { defaultValue: code });
    case 'byForm':
      return t(`support.form.${code}` as 'support.form.cash', { defaultValue: code });
    case 'byFundingSource':
      return t(`support.funding.${code}` as 'support.funding.other', { defaultValue: code });
    case 'byPartnerKind':
      return t(`orgKind.${code}` as 'orgKind.other', { defaultValue: code });
    default:
      return code;
  }
}

/**
 * A change path of `GET /reports/{id}/changes` in words: `difficulties[2].text` → "Khó khăn,
 * vướng mắc › mục 3 › Nội dung", `figures.byArea.material.valueVnd` → "Số liệu › Theo lĩnh vực ›
 * Về vật chất › Giá trị". Parts it does not know are shown as they are, never dropped.
 */
export function describeChangePath(path: string, t: TFunction): string {
  const words: string[] = [];
  // The segment after a breakdown's name is a group's code (`material`, `cash`, a district id).
  let breakdown: string | undefined;
  for (const segment of parseChangePath(path)) {
    if (breakdown) {
      words.push(codeLabel(breakdown, segment.name, t));
      breakdown = undefined;
    } else {
      const known = t(`reports.changes.part.${segment.name}` as 'reports.changes.part.results', { defaultValue: '' });
      words.push(known || segment.name);
      if ((BREAKDOWNS as readonly string[]).includes(segment.name)) {
        breakdown = segment.name;
      }
    }
    if (segment.index !== undefined) {
      words.push(t('reports.changes.item', { number: segment.index + 1 }));
    }
  }
  return words.join(' › ');
}

/** A before or after value, readable: VND for money fields, a dash for nothing, themes translated. */
export function describeChangeValue(path: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const last = parseChangePath(path).at(-1)?.name ?? '';
  if (typeof value === 'number') {
    return last.endsWith('Vnd') ? formatVnd(value) : formatNumber(value);
  }
  if (typeof value === 'string') {
    if (last === 'theme') {
      return t(`theme.${value}` as 'theme.other', { defaultValue: value });
    }
    return value;
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const item = value as { theme?: string; text?: string };
    if (item.text !== undefined) {
      const theme = item.theme ? `${t(`theme.${item.theme}` as 'theme.other', { defaultValue: item.theme })}: ` : '';
      return `${theme}${item.text}`;
    }
  }
  return JSON.stringify(value);
}
