import type { NarrativeInput, NarrativeItem, Report, ReportBody } from '../types';

/** One difficulty or recommendation as the form holds it. */
export interface NarrativeFormItem {
  theme?: string;
  districtId?: number;
  text?: string;
}

export interface NarrativeValues {
  results?: string;
  difficulties?: NarrativeFormItem[];
  recommendations?: NarrativeFormItem[];
}

function toFormItems(items: NarrativeItem[] | undefined): NarrativeFormItem[] {
  return (items ?? []).map((item) => ({
    theme: item.theme,
    districtId: item.districtId ?? undefined,
    text: item.text,
  }));
}

export function toNarrativeValues(report: Report): NarrativeValues {
  return {
    results: report.results ?? '',
    difficulties: toFormItems(report.difficulties),
    recommendations: toFormItems(report.recommendations),
  };
}

/** Every item is sent, in order, so the server's `/difficulties/2/text` points at the third row on screen. */
function toInputs(items: NarrativeFormItem[] | undefined): NarrativeInput[] {
  return (items ?? []).map((item) => ({
      theme: item.theme ?? '',
      ...(item.districtId !== undefined && item.districtId !== null ? { districtId: item.districtId } : {}),
      text: item.text?.trim() ?? '',
    }));
}

export function toNarrativeBody(values: NarrativeValues): ReportBody {
  const results = values.results?.trim();
  return {
    results: results || undefined,
    difficulties: toInputs(values.difficulties),
    recommendations: toInputs(values.recommendations),
  };
}

/** Whether the form holds something other than the report as the server has it (so it must be saved first). */
export function narrativeChanged(values: NarrativeValues, report: Report): boolean {
  return JSON.stringify(toNarrativeBody(values)) !== JSON.stringify(toNarrativeBody(toNarrativeValues(report)));
}

/** Items of one theme together, themes in the order of `order`, unknown themes last. */
export function groupByTheme<T extends { theme?: string }>(items: readonly T[], order: readonly string[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const theme = item.theme ?? 'other';
    groups.set(theme, [...(groups.get(theme) ?? []), item]);
  }
  const rank = (theme: string) => {
    const index = order.indexOf(theme);
    return index === -1 ? order.length : index;
  };
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}
