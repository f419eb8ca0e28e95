/** The outbox worker against a real SMTP server started by the test: nothing sent twice, a failure retried, then shown failed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/database.ts';
import { backends, readIn, testDatabase, writeIn } from '../../../test/support/database.ts';
import { startSmtp as startSmtpServer } from '../../../test/support/smtp.ts';
import { createMunicipality } from '../municipalities.ts';
import { listOutbox } from './list-outbox.ts';
import { queueMail } from './queue-mail.ts';
import { outboxWorker, smtpSender } from './worker.ts';

const REFUSED = 'nobody@refused.example';

const startSmtp = () => startSmtpServer(REFUSED);

const silent = { warn: () => undefined, error: () => undefined };

describe.each(backends)('the outbox worker (%s)', (backend) => {
  let store: Store;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    store = await testDatabase(backend);
    smtp = await startSmtp();
    await writeIn(store, null, (ctx) => createMunicipality(ctx, { slug: 'loviisa', code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' }, languages: ['sv', 'fi'] }));
  });
  afterAll(async () => {
    await smtp?.close();
    await store?.close();
  });

  it('sends each queued mail once, retries a refused one, then shows it failed', async () => {
    await writeIn(store, 'loviisa', async (ctx) => {
      await queueMail(ctx, { kind: 'round_reminder', recipient: 'owner@loviisa.example', lang: 'sv', subject: 'Påminnelse', bodyText: 'Hej, uppdatera läget.', dedupeKey: 'a' });
      await queueMail(ctx, { kind: 'round_reminder', recipient: REFUSED, lang: 'fi', subject: 'Muistutus', bodyText: 'Hei.', dedupeKey: 'b' });
      // The same decision again: nothing new is queued.
      expect(await queueMail(ctx, { kind: 'round_reminder', recipient: 'owner@loviisa.example', lang: 'sv', subject: 'Påminnelse', bodyText: 'Hej.', dedupeKey: 'a' })).toBe(false);
    });
    const worker = outboxWorker({ store, logger: silent, send: smtpSender(smtp.url, 'Tiekartta <no-reply@tiekartta.example>'), retryAfter: '0 seconds', maxAttempts: 3 });

    // The refused mail is retried at once (no wait in this test) until its attempts are used up.
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 3 });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['owner@loviisa.example']);
    expect(smtp.received[0]!.data).toContain('Subject: =?UTF-8?Q?P=C3=A5minnelse?=');

    const shown = await readIn(store, 'loviisa', (ctx) => listOutbox(ctx));
    const byRecipient = new Map(shown.map((mail) => [mail.recipient, mail]));
    expect(byRecipient.get('owner@loviisa.example')).toMatchObject({ state: 'sent', attempts: 1, lastError: null });
    expect(byRecipient.get(REFUSED)).toMatchObject({ state: 'failed', attempts: 3 });
    expect(byRecipient.get(REFUSED)!.lastError).toMatch(/550/);
    expect((await readIn(store, 'loviisa', (ctx) => listOutbox(ctx, 'failed'))).map((mail) => mail.recipient)).toEqual([REFUSED]);
  });

  it('does not send a mail twice when two workers run at the same time', async () => {
    const before = smtp.received.length;
    await writeIn(store, 'loviisa', async (ctx) => {
      for (let n = 0; n < 6; n++) await queueMail(ctx, { kind: 'test', recipient: `person${n}@loviisa.example`, lang: 'sv', subject: `Test ${n}`, bodyText: 'Hej.' });
    });
    const send = smtpSender(smtp.url, 'Tiekartta <no-reply@tiekartta.example>');
    const workers = [1, 2].map(() => outboxWorker({ store, logger: silent, send, batch: 2 }));
    const results = await Promise.all(workers.map((worker) => worker.runOnce()));
    expect(results.reduce((total, result) => total + result.sent, 0)).toBe(6);
    const recipients = smtp.received.slice(before).flatMap((mail) => mail.to).sort();
    expect(recipients).toEqual([0, 1, 2, 3, 4, 5].map((n) => `person${n}@loviisa.example`).sort());
  });
});
