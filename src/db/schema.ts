/**
 * The database schema, the one source of the SQL migrations (`npm run db:generate`).
 * Every row belongs to a municipality; children reference their parent together with the
 * municipality (composite foreign keys), so no row can point across tenants. Row-level security is
 * the second wall: the application works as the role `tiekartta_app` (not the tables' owner), and
 * every tenant table lets that role see only the rows of the municipality its transaction set
 * (`app.municipality_id`, see db/context.ts).
 */

export * from './schema/columns.ts';
export * from './schema/content.ts';
export * from './schema/records.ts';
export * from './schema/staff.ts';
export * from './schema/sso.ts';
export * from './schema/catalog.ts';
export * from './schema/structure.ts';
export * from './schema/roadmap.ts';
export * from './schema/ideas.ts';
