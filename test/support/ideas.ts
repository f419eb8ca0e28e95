/** Ideas for tests of pages and the API: sent as the public form would, then published by the system. */
import { storeIdea } from '../../src/services/ideas/store-idea.ts';
import { setIdeaPublished } from '../../src/services/ideas/idea-changes.ts';
import { finnishToday } from '../../src/services/rounds/reminder-schedule.ts';
import type { Store } from '../../src/services/context.ts';
import { writeIn } from './database.ts';

/** The reference the n-th idea of this year gets. */
export const ideaRefOfThisYear = (n: number) => `IDEA-${finnishToday().slice(0, 4)}-${String(n).padStart(4, '0')}`;

export async function publishedIdea(store: Store, fields: { title: string; description?: string; lang?: 'fi' | 'sv' | 'en'; email?: string }): Promise<string> {
  return writeIn(store, 'porvoo', async (ctx) => {
    const { ref } = await storeIdea(ctx, {
      lang: fields.lang ?? 'fi', title: fields.title, description: fields.description ?? `${fields.title}.`, beneficiaries: '',
      source: 'public', email: fields.email ?? null, baseUrl: 'http://localhost',
    });
    await setIdeaPublished(ctx, { ref, version: 1, published: true });
    return ref;
  });
}
