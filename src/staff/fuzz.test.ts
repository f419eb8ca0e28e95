/**
 * Bad input in the workspace is a clear 4xx or the form again with its errors, never a 500. Signed in
 * as a coordinator and as an administrator, the test walks every workspace page it can reach from the
 * start page, collects every form on them (with the values the page put in), and sends each form back
 * with one or two fields replaced by values that broke requests before, and each page's address with
 * one segment or query value replaced.
 */
import fc from 'fast-check';
import type { Hono } from 'hono';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDatabase, writeIn } from '../../test/support/database.ts';
import { hostileValue, NUMBER_EDGES } from '../../test/support/fuzz.ts';
import { createPerson, ORIGIN, signIn } from '../../test/support/staff.ts';
import { createApp } from '../app.ts';
import { PROBLEM_CONTENT_TYPE } from '../http/api/problems.ts';
import type { Store } from '../db/database.ts';
import { DEMO_PROGRAMME } from '../io/demo.ts';
import { createLogger } from '../logger.ts';
import { openRound } from '../services/rounds/open-round.ts';

const MAX_PAGES = 150;
const RUNS_PER_FORM = 6;
const RUNS_PER_PAGE = 3;
/** Forms that end the session or its second factor: sending them would sign the test out. */
const LEAVES_SESSION = /\/sign-out$|\/account\/security\//;

interface Form {
  page: string;
  action: string;
  fields: [string, string][];
}

/** The links under /staff and the POST forms of a page, with the values the page filled in. */
function linksAndForms(page: string, html: string): { links: string[]; forms: Form[] } {
  const links: string[] = [];
  const forms: Form[] = [];
  let form: Form | null = null;
  let textarea: { name: string; text: string } | null = null;
  let select: { name: string; value: string | null } | null = null;
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (tag === 'a' && attributes.href?.startsWith('/staff')) links.push(attributes.href.split('#')[0]!);
      if (tag === 'form' && attributes.method?.toLowerCase() === 'post') {
        form = { page, action: new URL(attributes.action || page, ORIGIN).pathname, fields: [] };
      }
      if (!form) return;
      const { name } = attributes;
      if (!name) return;
      if (tag === 'input') {
        const type = attributes.type ?? 'text';
        if ((type === 'checkbox' || type === 'radio') && !('checked' in attributes)) return;
        if (type !== 'submit' && type !== 'button') form.fields.push([name, attributes.value ?? '']);
      }
      if (tag === 'textarea') textarea = { name, text: '' };
      if (tag === 'select') select = { name, value: null };
      if (tag === 'option' && select && (select.value === null || 'selected' in attributes)) select.value = attributes.value ?? '';
    },
    ontext(text) {
      if (textarea) textarea.text += text;
    },
    onclosetag(tag) {
      if (tag === 'textarea' && form && textarea) form.fields.push([textarea.name, textarea.text]);
      if (tag === 'textarea') textarea = null;
      if (tag === 'select' && form && select) form.fields.push([select.name, select.value ?? '']);
      if (tag === 'select') select = null;
      if (tag === 'form' && form) {
        forms.push(form);
        form = null;
      }
    },
  }, { decodeEntities: true });
  parser.end(html);
  return { links, forms };
}

let store: Store;
let app: Hono;
const sessions: { role: string; cookie: string; pages: string[]; forms: Form[] }[] = [];

/** Pages of one kind (an action's, a person's) differ only in a reference or an id: two of each are enough. */
const shapeOf = (path: string) => path.split('?')[0]!.split('/').map((segment) => (/^\d+(\.\d+)*$|^[0-9a-f-]{36}$/.test(segment) ? ':id' : segment)).join('/');
const PER_SHAPE = 2;

async function crawl(cookie: string): Promise<{ pages: string[]; forms: Form[] }> {
  const queue = ['/staff', '/staff/porvoo/'];
  const seen = new Set(queue);
  const shapes = new Map<string, number>();
  const pages: string[] = [];
  const forms = new Map<string, Form>();
  while (queue.length > 0 && pages.length < MAX_PAGES) {
    const page = queue.shift()!;
    const response = await app.request(page, { headers: { cookie } });
    expect(response.status, `GET ${page}`).toBeLessThan(500);
    const location = response.headers.get('location');
    if (location?.startsWith('/staff') && !seen.has(location)) {
      seen.add(location);
      queue.push(location);
    }
    if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) continue;
    pages.push(page);
    const found = linksAndForms(page, await response.text());
    for (const link of found.links) {
      const shape = shapeOf(link);
      if (!seen.has(link) && (shapes.get(shape) ?? 0) < PER_SHAPE) {
        seen.add(link);
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
        queue.push(link);
      }
    }
    // One of each kind of form: a round table has the same form on every row.
    for (const form of found.forms) {
      if (!LEAVES_SESSION.test(form.action)) forms.set(`${shapeOf(form.action)} ${form.fields.map(([name]) => name).join()}`, form);
    }
  }
  return { pages, forms: [...forms.values()] };
}

beforeAll(async () => {
  store = await demoDatabase();
  app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
  const coordinator = await createPerson(store, 'porvoo', 'coordinator');
  const administrator = await createPerson(store, 'porvoo', 'administrator');
  // An open round, so that its table, its owners' forms and its reminders are there to be sent.
  await writeIn(store, 'porvoo', (ctx) => openRound(ctx, {
    programme: DEMO_PROGRAMME, key: '2023-03', label: { fi: 'Tilanne 03/2023', sv: 'Status 03/2023' }, deadline: '2023-03-31', requiredLanguages: ['fi'],
  }));
  for (const [role, person] of [['coordinator', coordinator], ['administrator', administrator]] as const) {
    const cookie = await signIn(app, person.email);
    sessions.push({ role, cookie, ...(await crawl(cookie)) });
  }
}, 300_000);
afterAll(() => store.close());

/** A form as sent, with the fields at these places replaced (the CSRF token is left right: its refusal is tested elsewhere). */
function mutatedForm(form: Form): fc.Arbitrary<{ body: string; shown: string }> {
  const places = form.fields.map(([name], index) => ({ name, index })).filter(({ name }) => name !== '_csrf');
  const edits = places.length === 0
    ? fc.constant([] as { index: number; value: string | null }[])
    : fc.array(
      fc.record({
        index: fc.constantFrom(...places.map(({ index }) => index)),
        // null: the field left out altogether.
        value: fc.option(hostileValue({ valid: [], edges: [...NUMBER_EDGES, ''] }), { freq: 6 }),
      }),
      { minLength: 1, maxLength: 2 },
    );
  return edits.map((changes) => {
    const fields = form.fields.map(([name, value]) => [name, value] as [string, string | null]);
    for (const { index, value } of changes) fields[index]![1] = value;
    const sent = fields.filter((field): field is [string, string] => field[1] !== null);
    return { body: new URLSearchParams(sent).toString(), shown: changes.map(({ index, value }) => `${form.fields[index]![0]}=${JSON.stringify(value)?.slice(0, 60)}`).join(' ') };
  });
}

/** A page's address with one segment after /staff, or a query value, replaced. */
function mutatedPage(page: string): fc.Arbitrary<string> {
  const segments = page.split('/');
  const places = segments.map((_, index) => index).filter((index) => index >= 2 && segments[index] !== '');
  const value = hostileValue({ valid: [], edges: NUMBER_EDGES });
  if (places.length === 0) return value.map((v) => `${page}?q=${v}`);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...places), value).map(([index, v]) => segments.map((segment, at) => (at === index ? v : segment)).join('/')),
    value.map((v) => `${page}${page.includes('?') ? '&' : '?'}x=${v}`),
  );
}

describe('random input to every workspace page and form', () => {
  it('reaches the workspace\'s pages and forms', () => {
    const coordinator = sessions.find(({ role }) => role === 'coordinator')!;
    const administrator = sessions.find(({ role }) => role === 'administrator')!;
    const actions = (forms: Form[]) => forms.map(({ action }) => action);
    expect(coordinator.pages.length).toBeGreaterThan(20);
    expect(actions(coordinator.forms)).toEqual(expect.arrayContaining([expect.stringMatching(/\/rounds\/digi-2020-2023\/2023-03\/actions\//), expect.stringMatching(/\/staff\/porvoo\/actions\/[^/]+$/)]));
    expect(actions(administrator.forms)).toEqual(expect.arrayContaining(['/staff/porvoo/people', '/staff/porvoo/settings']));
  });

  it('refuses a NUL in a form or a JSON body as a bad request, before any route', async () => {
    const { cookie } = sessions[0]!;
    const form = await app.request('/staff/porvoo/tokens', {
      method: 'POST',
      headers: { origin: ORIGIN, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'a\u0000b' }).toString(),
    });
    expect(form.status).toBe(400);
    const json = await app.request('/api/v1/staff/porvoo/actions/1.1', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: { fi: 'a\u0000b' } }),
    });
    expect([json.status, json.headers.get('content-type')]).toEqual([400, PROBLEM_CONTENT_TYPE]);
  });

  it('never answers a form with a 5xx', async () => {
    for (const { role, cookie, forms } of sessions) {
      for (const form of forms) {
        await fc.assert(
          fc.asyncProperty(mutatedForm(form), async ({ body, shown }) => {
            const response = await app.request(form.action, {
              method: 'POST',
              headers: { origin: ORIGIN, cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.9.9.9' },
              body,
            });
            const text = await response.text();
            expect(response.status, `${role} POST ${form.action} (from ${form.page}) ${shown} → ${response.status} ${text.slice(0, 300)}`).toBeLessThan(500);
          }),
          { numRuns: RUNS_PER_FORM },
        );
      }
    }
  }, 600_000);

  it('never answers a page address with a 5xx', async () => {
    for (const { role, cookie, pages } of sessions) {
      for (const page of pages) {
        await fc.assert(
          fc.asyncProperty(mutatedPage(page), async (target) => {
            const response = await app.request(new URL(target, ORIGIN).href.startsWith(ORIGIN) ? `${ORIGIN}${target}` : target, { headers: { cookie } });
            const text = await response.text();
            expect(response.status, `${role} GET ${target} → ${response.status} ${text.slice(0, 300)}`).toBeLessThan(500);
          }),
          { numRuns: RUNS_PER_PAGE },
        );
      }
    }
  }, 600_000);
});
