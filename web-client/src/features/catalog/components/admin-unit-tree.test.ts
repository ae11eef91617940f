import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api/client';
import { countUnits, displayName, filterTree, parentKeys } from './admin-unit-tree';

type Node = Schemas['AdminUnitNode'];

const commune = (id: number, name: string, especiallyDifficult = false): Node => ({
  id,
  level: 'commune',
  code: `c${id}`,
  name,
  kindLabel: 'xã',
  flags: { especiallyDifficult, ethnicMinorityArea: especiallyDifficult, border: false },
  children: [],
});

const tree: Node[] = [
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
        children: [commune(45, 'Chơ Chun', true), commune(46, 'Tà Bhing', true), commune(47, 'Thạnh Mỹ')],
      },
      {
        id: 11,
        level: 'district',
        code: '504',
        name: 'Tây Giang',
        kindLabel: 'huyện',
        children: [commune(60, 'A Vao', true)],
      },
      { id: 12, level: 'district', code: '502', name: 'Tam Kỳ', kindLabel: 'thành phố', children: [] },
    ],
  },
];

const names = (rows: ReturnType<typeof filterTree>): string[] =>
  rows.flatMap((row) => [row.name ?? '', ...names(row.children ?? [])]);

describe('administrative tree', () => {
  it('names units with their capitalised prefix', () => {
    expect(displayName({ kindLabel: 'xã', name: 'A Vao' })).toBe('Xã A Vao');
    expect(displayName({ kindLabel: 'thành phố', name: 'Tam Kỳ' })).toBe('Thành phố Tam Kỳ');
  });

  it('keeps everything without a filter, and gives leaves no children to expand', () => {
    const rows = filterTree(tree, { query: '', especiallyDifficultOnly: false });
    expect(names(rows)).toHaveLength(8);
    expect(rows[0]?.children?.[2]?.children).toBeUndefined();
  });

  it('finds a commune typed without diacritics and keeps the path to it', () => {
    const rows = filterTree(tree, { query: 'xa a vao', especiallyDifficultOnly: false });
    expect(names(rows)).toEqual(['Quảng Nam', 'Tây Giang', 'A Vao']);
    expect(parentKeys(rows)).toEqual([1, 11]);
  });

  it('keeps all communes of a district found by name', () => {
    const rows = filterTree(tree, { query: 'nam giang', especiallyDifficultOnly: false });
    expect(names(rows)).toEqual(['Quảng Nam', 'Nam Giang', 'Chơ Chun', 'Tà Bhing', 'Thạnh Mỹ']);
  });

  it('narrows to especially difficult communes, also within a found district', () => {
    expect(names(filterTree(tree, { query: '', especiallyDifficultOnly: true }))).toEqual([
      'Quảng Nam',
      'Nam Giang',
      'Chơ Chun',
      'Tà Bhing',
      'Tây Giang',
      'A Vao',
    ]);
    expect(names(filterTree(tree, { query: 'nam giang', especiallyDifficultOnly: true }))).toEqual([
      'Quảng Nam',
      'Nam Giang',
      'Chơ Chun',
      'Tà Bhing',
    ]);
  });

  it('counts districts, communes and especially difficult communes', () => {
    expect(countUnits(tree)).toEqual({ districts: 3, communes: 4, especiallyDifficult: 3 });
  });
});
