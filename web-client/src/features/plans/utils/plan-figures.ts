import type { Schemas } from '@/lib/api/client';

type PlanItem = Schemas['PlanItem'];
type SupportArea = Schemas['SupportArea'];

/** Actual against planned, in whole percent; over 100 when more was done than planned. */
export function progressPercent(plannedVnd: number | undefined, actualVnd: number | undefined): number {
  const planned = plannedVnd ?? 0;
  const actual = actualVnd ?? 0;
  if (planned <= 0) {
    return actual > 0 ? 100 : 0;
  }
  return Math.round((actual / planned) * 100);
}

export interface AreaGroup {
  area: SupportArea | string;
  items: PlanItem[];
  plannedVnd: number;
  actualVnd: number;
}

/**
 * The items by support area, in the catalogue's order of areas (spiritual, material, production);
 * an area the catalogue does not list yet goes last rather than being dropped.
 */
export function groupByArea(items: PlanItem[], areaOrder: string[]): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  for (const item of items) {
    const area = item.area ?? '';
    const group = groups.get(area) ?? { area, items: [], plannedVnd: 0, actualVnd: 0 };
    group.items.push(item);
    group.plannedVnd += item.plannedVnd ?? 0;
    group.actualVnd += item.actualVnd ?? 0;
    groups.set(area, group);
  }
  const rank = (area: string) => {
    const index = areaOrder.indexOf(area);
    return index === -1 ? areaOrder.length : index;
  };
  return [...groups.values()].sort((a, b) => rank(a.area) - rank(b.area));
}
