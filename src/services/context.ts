/**
 * How routes and commands run a use-case: in a read or write transaction scoped to an actor and a
 * municipality (see db/context.ts). Re-exported here so that the layers above services never import db/.
 */
export { runRead, runWrite, type Ctx, type Scope, type ScopedMunicipality, type WriteCtx, type WriteOptions } from '../db/context.ts';
export type { Store } from '../db/database.ts';
