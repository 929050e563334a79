/**
 * Compile once, run many. An ingest runs about six statements a document
 * and a few hundred-row inserts a commit, whose SQL depends only on a count
 * (of keys, of rows); building and compiling them through the query builder
 * every time cost a third as much as SQLite took to run them. A shape is
 * compiled by the builder the first time it is seen, its SQL kept, and later
 * runs pass only the parameters.
 */
import { CompiledQuery, type QueryResult } from 'kysely';

/** All this needs of a Kysely instance or transaction. */
export interface QueryRunner {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

/** Shapes kept; beyond this the oldest is forgotten (and compiled again if it comes back). */
const MAX_SHAPES = 64;

export class CompiledShapes {
  readonly #sql = new Map<string, string>();

  /**
   * Runs the query `compile()` gives, compiling it only the first time
   * `shape` is seen. `parameters` must be what the built query would bind,
   * in order: checked on that first compile, so a builder that reorders its
   * values fails loudly instead of binding the wrong ones later.
   * @example shapes.execute(trx, `insert bands ${n}`, flatValues, () => trx.insertInto('document_bands').values(rows).compile())
   */
  async execute<R>(
    db: QueryRunner,
    shape: string,
    parameters: readonly unknown[],
    compile: () => CompiledQuery<R>,
  ): Promise<QueryResult<R>> {
    const known = this.#sql.get(shape);
    if (known !== undefined)
      return db.executeQuery(CompiledQuery.raw(known, [...parameters]) as CompiledQuery<R>);
    const compiled = compile();
    const same =
      compiled.parameters.length === parameters.length &&
      compiled.parameters.every((p, i) => Object.is(p, parameters[i]));
    if (!same)
      throw new Error(`the parameters of statement shape ${shape} do not come out in the order given`);
    if (this.#sql.size >= MAX_SHAPES) this.#sql.delete(this.#sql.keys().next().value!);
    this.#sql.set(shape, compiled.sql);
    return db.executeQuery(compiled);
  }
}
