import type { Schemas } from '@/lib/api/client';
import { matchesQuery } from '@/lib/search';

type AdminUnitNode = Schemas['AdminUnitNode'];

/** A tree row for antd's Table: `children` only when there are some, so leaves show no expander. */
export interface AdminUnitRow extends Omit<AdminUnitNode, 'children'> {
  key: number;
  children?: AdminUnitRow[];
}

export interface TreeFilter {
  query: string;
  especiallyDifficultOnly: boolean;
}

export function displayName(unit: Pick<AdminUnitNode, 'kindLabel' | 'name'>): string {
  const label = unit.kindLabel ? unit.kindLabel.charAt(0).toUpperCase() + unit.kindLabel.slice(1) : '';
  return [label, unit.name].filter(Boolean).join(' ');
}

function matchesText(node: AdminUnitNode, query: string) {
  return matchesQuery(`${displayName(node)} ${node.code ?? ''}`, query);
}

/**
 * Keeps the units that pass both filters and the path down to them, so a commune found by search
 * still shows under its district. A unit passes the search when it or one of its ancestors matches
 * (searching a district lists its communes); the flag filter applies to each unit itself.
 */
export function filterTree(nodes: AdminUnitNode[], filter: TreeFilter): AdminUnitRow[] {
  const query = filter.query.trim();
  const walk = (node: AdminUnitNode, ancestorMatched: boolean): AdminUnitRow | undefined => {
    const textMatched = ancestorMatched || query === '' || matchesText(node, query);
    const flagMatched = !filter.especiallyDifficultOnly || node.flags?.especiallyDifficult === true;
    const children = (node.children ?? [])
      .map((child) => walk(child, textMatched && query !== ''))
      .filter((child): child is AdminUnitRow => child !== undefined);
    if (!(textMatched && flagMatched) && children.length === 0) {
      return undefined;
    }
    const { children: _children, ...unit } = node;
    return { ...unit, key: node.id ?? 0, children: children.length > 0 ? children : undefined };
  };
  return nodes.map((node) => walk(node, false)).filter((row): row is AdminUnitRow => row !== undefined);
}

/** Keys of every row that has children: the rows to open when a search narrows the tree. */
export function parentKeys(rows: AdminUnitRow[]): number[] {
  return rows.flatMap((row) => (row.children ? [row.key, ...parentKeys(row.children)] : []));
}

export interface TreeCounts {
  districts: number;
  communes: number;
  especiallyDifficult: number;
}

export function countUnits(nodes: AdminUnitNode[]): TreeCounts {
  const counts: TreeCounts = { districts: 0, communes: 0, especiallyDifficult: 0 };
  const visit = (node: AdminUnitNode) => {
    if (node.level === 'district') counts.districts++;
    if (node.level === 'commune') counts.communes++;
    if (node.level === 'commune' && node.flags?.especiallyDifficult) counts.especiallyDifficult++;
    (node.children ?? []).forEach(visit);
  };
  nodes.forEach(visit);
  return counts;
}
