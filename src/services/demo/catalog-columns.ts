/**
 * The demo agencies' 组配分类: a column tree of the kind agency portals show (政策文件 › 规范性文件,
 * 警务公开 › 办事指南 …), created by each agency's 负责人 through the columns service, and the
 * column each demo item is filed under, by its 第二十条 class.
 */
import { addColumn } from '../catalog/columns.ts';
import type { AgencyStaff } from './accounts.ts';
import type { DemoAgency } from './plans.ts';

/** A column path (parent › child) per 第二十条 class; `null` is 工作动态 (no class). */
type ColumnMap = Record<number, readonly string[]> & { none: readonly string[] };

const SHARED: ColumnMap = {
  1: ['政策文件', '规范性文件'],
  2: ['机构概况', '机构职能'],
  3: ['规划计划'],
  4: ['统计信息'],
  5: ['办事服务', '办事指南'],
  6: ['执法公示', '执法依据'],
  7: ['财政信息', '预算决算'],
  8: ['财政信息', '收费项目'],
  9: ['财政信息', '政府采购'],
  10: ['执法公示', '行政许可结果'],
  11: ['执法公示', '行政处罚结果'],
  12: ['财政信息', '资金使用'],
  13: ['人事信息'],
  14: ['重点领域'],
  15: ['应急管理'],
  none: ['工作动态'],
};

const COLUMNS: Record<DemoAgency, ColumnMap> = {
  ga: { ...SHARED, 5: ['警务公开', '办事指南'], 6: ['警务公开', '执法依据'], 10: ['警务公开', '行政许可结果'], 11: ['警务公开', '行政处罚结果'], 14: ['警务公开', '平安建设'], none: ['警务动态'] },
  jy: { ...SHARED, 14: ['教育民生', '招生入学'], none: ['教育动态'] },
};

/** The column path of an item of `agency` in 第二十条 class `article20`. */
export function columnPathFor(agency: DemoAgency, article20: number | null): readonly string[] {
  const map = COLUMNS[agency];
  return (article20 === null ? undefined : map[article20]) ?? map.none;
}

/** Creates the agency's tree (as its 负责人); returns the id of each path, joined with ' › '. */
export async function createDemoColumns(deps: Parameters<typeof addColumn>[0], agency: DemoAgency, staff: AgencyStaff): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const map = COLUMNS[agency];
  const paths = [...Object.values(map)];
  for (const path of paths) {
    let parent: number | null = null;
    for (let i = 0; i < path.length; i++) {
      const key = path.slice(0, i + 1).join(' › ');
      let id = ids.get(key);
      if (id === undefined) {
        id = await addColumn(deps, staff.head, { name: path[i] ?? '', parentId: parent });
        ids.set(key, id);
      }
      parent = id;
    }
  }
  return ids;
}
