/** The public idea form over HTTP: what it stores, the receipt, and each spam defence (token time, honeypot, rate limit). */
import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../db/database.ts';
import { ideaContacts, ideas, outbox } from '../../db/schema.ts';
import { createLogger } from '../../logger.ts';
import { IDEA_SUBMIT_LIMIT } from '../../services/ideas/submit-idea.ts';
import { demoDatabase } from '../../../test/support/database.ts';
import { ORIGIN, someAddress } from '../../../test/support/staff.ts';
import { formToken } from './form-token.ts';

let store: Store;
let app: Hono;

beforeEach(async () => {
  store = await demoDatabase();
  app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
});
afterEach(async () => store?.close());

const FORM = '/porvoo/sv/ideas/new';
/** A token handed out long enough ago that a person could have filled the form. */
const oldToken = () => formToken('porvoo', Date.now() - 10_000);

function post(fields: Record<string, string>, address = someAddress()) {
  return app.request(FORM, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
    body: new URLSearchParams({ _token: oldToken(), ...fields }).toString(),
  });
}

const valid = {
  title: 'Digital bokning av idrottsplaner', description: 'Det borde gå att boka planer på nätet.', beneficiaries: 'Idrottsföreningar',
  email: 'invanare@example.fi', name: 'Anna Invånare', lang: 'sv', consent: 'yes',
};

const storedIdeas = () => store.orm.select().from(ideas);

describe('the public idea form', () => {
  it('is served without an account, never cached, with its token, the consent text and the privacy link', async () => {
    const response = await app.request(FORM);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const html = await response.text();
    expect(html).toContain('name="_token"');
    expect(html).toContain('raderas 12 månader');
    expect(html).toContain('href="/porvoo/sv/ideas/privacy"');
  });

  it('stores the idea unpublished with a reference, keeps the sender apart, and queues the receipt in the sender\'s language', async () => {
    const response = await post(valid);
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/porvoo\/sv\/ideas\/received\?ref=IDEA-\d{4}-0001$/);
    const [idea] = await storedIdeas();
    expect(idea).toMatchObject({ lang: 'sv', source: 'public', state: 'new', published: false, title: { sv: valid.title } });
    expect(JSON.stringify(idea)).not.toContain('invanare@example.fi');
    const [contact] = await store.orm.select().from(ideaContacts).where(eq(ideaContacts.ideaId, idea!.id));
    expect(contact).toMatchObject({ email: 'invanare@example.fi', name: 'Anna Invånare' });
    const [mail] = await store.orm.select().from(outbox);
    expect(mail).toMatchObject({ kind: 'idea_receipt', recipient: 'invanare@example.fi', lang: 'sv', subject: `Din idé har tagits emot (${idea!.ref})` });
    const thanks = await app.request(location);
    expect(await thanks.text()).toContain(idea!.ref);
    // Not public before moderation.
    expect((await app.request(`/porvoo/sv/ideas/${idea!.ref}`)).status).toBe(404);
    expect(await (await app.request('/porvoo/sv/ideas')).text()).not.toContain(valid.title);
  });

  it('numbers the ideas of a year in order', async () => {
    await post(valid);
    await post({ ...valid, email: '', name: '', consent: '' });
    expect((await storedIdeas()).map((idea) => idea.ref.slice(-4)).sort()).toEqual(['0001', '0002']);
  });

  it('names the fields with problems in the page\'s language and keeps what was typed', async () => {
    const response = await post({ ...valid, title: '', email: 'not an address', consent: '' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('href="#idea-title"');
    expect(html).toContain('Fältet är obligatoriskt.');
    expect(html).toContain('E-postadressen är inte giltig.');
    expect(html).toContain(valid.description);
    expect(await storedIdeas()).toEqual([]);
  });

  it('asks for consent when a name or an address is given', async () => {
    const response = await post({ ...valid, consent: '' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Godkänn behandlingen av personuppgifter');
  });

  it('refuses a form sent faster than a person can fill it', async () => {
    const response = await post({ ...valid, _token: formToken('porvoo') });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Formuläret skickades för snabbt');
    expect(await storedIdeas()).toEqual([]);
  });

  it('refuses a forged or missing token and a token of another municipality', async () => {
    for (const token of ['', `${Date.now() - 10_000}.forged`, formToken('helsinki', Date.now() - 10_000)]) {
      expect((await post({ ...valid, _token: token })).status).toBe(400);
    }
    expect(await storedIdeas()).toEqual([]);
  });

  it('refuses a form whose honeypot field is filled', async () => {
    const response = await post({ ...valid, website: 'http://spam.example' });
    expect(response.status).toBe(400);
    expect(await storedIdeas()).toEqual([]);
  });

  it('limits the ideas per address, counting refused attempts too, and other addresses are not affected', async () => {
    const address = someAddress();
    for (let i = 0; i < IDEA_SUBMIT_LIMIT.max - 1; i++) expect((await post({ ...valid, title: '' }, address)).status).toBe(400);
    expect((await post(valid, address)).status).toBe(303);
    const limited = await post(valid, address);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain('För många idéer');
    expect((await post(valid)).status).toBe(303);
    expect(await storedIdeas()).toHaveLength(2);
  });

  it('refuses texts over the size limits', async () => {
    const response = await post({ ...valid, description: 'x'.repeat(5001) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Texten är för lång.');
  });
});
