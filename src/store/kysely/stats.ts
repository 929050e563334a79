/** StoreStats in a handful of aggregate queries, each served by an index. */
import type { Kysely } from 'kysely';
import type { StoreStats } from '../store.ts';
import type { Database } from './schema.ts';

type Grouped = 'language' | 'source' | 'format';

/** Documents without a value (a null source) are left out of that breakdown. */
async function countBy(db: Kysely<Database>, column: Grouped): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('documents')
    .select([column, (eb) => eb.fn.countAll<number | string>().as('n')])
    .where(column, 'is not', null)
    .groupBy(column)
    .orderBy(column)
    .execute();
  return Object.fromEntries(rows.map((r) => [r[column] as string, Number(r.n)]));
}

/**
 * Separate statements on purpose: together they would read every row, while
 * apart each is answered from an index (min/max from the ends of one, the
 * counts from the smallest covering ones).
 */
export async function collectStats(db: Kysely<Database>): Promise<StoreStats> {
  const documents = db.selectFrom('documents');
  const [count, clusters, first, last, byLanguage, bySource, byFormat] = await Promise.all([
    documents.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    documents
      .select((eb) => eb.fn.count<number | string>('cluster_id').distinct().as('n'))
      .executeTakeFirstOrThrow(),
    documents.select((eb) => eb.fn.min('published').as('v')).executeTakeFirstOrThrow(),
    documents.select((eb) => eb.fn.max('published').as('v')).executeTakeFirstOrThrow(),
    countBy(db, 'language'),
    countBy(db, 'source'),
    countBy(db, 'format'),
  ]);
  return {
    documents: Number(count.n),
    clusters: Number(clusters.n),
    byLanguage,
    bySource,
    byFormat,
    firstPublished: first.v ?? null,
    lastPublished: last.v ?? null,
  };
}
