/**
 * Fixed-window rate limits shared by every process of a deployment (the rate_limits table). Keys are
 * hashed (an address is personal data) and windows older than a day are pruned as new ones are made.
 */
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import type { Ctx } from '../context.ts';
import { hashSecret } from './secrets.ts';

export interface Limit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

export interface LimitState {
  allowed: boolean;
  /** Seconds until the window ends, when not allowed. */
  retryAfter: number;
}

/** Counts one hit and says whether it is within the limit. */
export async function hitLimit(ctx: Ctx, limit: Limit, key: string): Promise<LimitState> {
  const [row] = await selectRows<{ count: number; retry_after: number }>(ctx.tx, sql`
    with window_start as (
      select to_timestamp(floor(extract(epoch from now()) / ${limit.windowSeconds}) * ${limit.windowSeconds}) as at
    )
    insert into rate_limits (bucket, key_hash, window_start, count)
    select ${limit.bucket}, ${hashSecret(key)}, at, 1 from window_start
    on conflict (bucket, key_hash, window_start) do update set count = rate_limits.count + 1
    returning count, ceil(extract(epoch from (window_start + make_interval(secs => ${limit.windowSeconds})) - now()))::int as retry_after`);
  if (Math.random() < 0.01) await ctx.tx.execute(sql`delete from rate_limits where window_start < now() - interval '1 day'`);
  return { allowed: row!.count <= limit.max, retryAfter: Math.max(1, row!.retry_after) };
}
