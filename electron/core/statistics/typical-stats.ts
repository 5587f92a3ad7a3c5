import { sql } from 'kysely'
import { COLLECTION_STATUSES, type CollectionStatus } from '../../../shared/domain/typical-cases'
import { col, drill, figure, n, row, table, type AreaStatsFn } from './figures'

// 典型案例: the collections of the period's last year, each with its cases by status (草稿 / 待审核 / 已定稿).

export const typicalStats: AreaStatsFn = async (db, s) => {
  const year = Number(s.period.to.slice(0, 4))
  const rows = await db
    .selectFrom('typical_collections as c')
    .leftJoin('typical_entries as e', (j) => j.onRef('e.collection_id', '=', 'c.id').on('e.voided_at', 'is', null))
    .select([
      'c.id',
      'c.name',
      'c.status',
      sql<number>`count(e.id)`.as('entries'),
      sql<number>`sum(CASE WHEN e.status = 'draft' THEN 1 ELSE 0 END)`.as('draft'),
      sql<number>`sum(CASE WHEN e.status = 'review' THEN 1 ELSE 0 END)`.as('review'),
      sql<number>`sum(CASE WHEN e.status = 'final' THEN 1 ELSE 0 END)`.as('final'),
    ])
    .where('c.year', '=', year)
    .where('c.voided_at', 'is', null)
    .groupBy(['c.id', 'c.name', 'c.status'])
    .orderBy('c.created_at')
    .execute()
  const list = drill('/typical', { year })
  const sum = (k: 'entries' | 'final') => rows.reduce((a, r) => a + n(r[k]), 0)
  const figures = [
    figure('collections', `${year}年度典型案例集`, rows.length, list, 'count', '个'),
    figure('published', '已发布的案例集', rows.filter((r) => r.status === 'published').length, list, 'count', '个'),
    figure('entries', '入选案例', sum('entries'), list, 'count', '件'),
    figure('final', '已定稿案例', sum('final'), list, 'count', '件'),
  ]
  const tables = [
    table(
      'by_collection',
      '按案例集',
      null,
      [col('案例', 'count', '件'), col('草稿', 'count', '件'), col('待审核', 'count', '件'), col('已定稿', 'count', '件')],
      rows.map((r) => row(r.id, `${r.name}（${COLLECTION_STATUSES[r.status as CollectionStatus] ?? r.status}）`, [r.entries, r.draft, r.review, r.final], drill(`/typical/collections/${r.id}`, {}))),
    ),
  ]
  return {
    section: { key: 'typical', title: '典型案例', basis: `${year}年度的案例集（按案例集所属年度，全局数字，不分承办单位）；已作废、已撤下的案例不计。`, figures, tables },
    hasData: rows.length > 0,
  }
}
