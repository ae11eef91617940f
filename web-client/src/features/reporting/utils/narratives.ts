import type { DistrictThemes, NarrativeEntry } from '../types';

export const THEME_ORDER = ['spiritual', 'material', 'production', 'coordination', 'other'] as const;

export interface NarrativeSection {
  /** Null for items about the whole programme. */
  districtId: number | null;
  districtName: string | null;
  themes: { theme: string; items: NarrativeEntry[] }[];
}

/**
 * Difficulties or recommendations as the summary shows them: the whole programme first, then
 * districts by name; within each, themes in the programme's order; empty themes left out.
 */
export function narrativeSections(groups: readonly DistrictThemes[] | undefined): NarrativeSection[] {
  const rank = (theme: string) => {
    const index = (THEME_ORDER as readonly string[]).indexOf(theme);
    return index === -1 ? THEME_ORDER.length : index;
  };
  return (groups ?? [])
    .map((group) => ({
      districtId: group.districtId ?? null,
      districtName: group.districtName ?? null,
      themes: (group.themes ?? [])
        .map((theme) => ({ theme: theme.theme ?? 'other', items: theme.items ?? [] }))
        .filter((theme) => theme.items.length > 0)
        .sort((a, b) => rank(a.theme) - rank(b.theme)),
    }))
    .filter((section) => section.themes.length > 0)
    .sort((a, b) => {
      if (a.districtId === null || b.districtId === null) {
        return a.districtId === null ? (b.districtId === null ? 0 : -1) : 1;
      }
      return (a.districtName ?? '').localeCompare(b.districtName ?? '', 'vi');
    });
}
