/** A programme's enablers: their measures and metrics as lists, and the latest round's status. */
import type { Lang } from '../../domain/language.ts';
import { LANGUAGES, pickText } from '../../domain/language.ts';
import type { EnablerView, MunicipalityView, ProgrammeOverview } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import type { Alternate } from '../components/language-switcher.tsx';
import { ShownText, UntranslatedNote } from '../components/localized-text.tsx';
import { Layout } from '../layout.tsx';
import { programmeName, roundWhen } from '../names.ts';
import { programmeTrail } from '../components/breadcrumbs.tsx';

type LocalizedList = Partial<Record<Lang, string[]>>;

/** Like pickText, for lists: the page's language if it has items, else the first language that has. */
function pickList(ctx: PageContext, value: LocalizedList): { items: string[]; lang: Lang; untranslated: boolean } | null {
  for (const lang of [ctx.lang, ...ctx.fallbacks, ...LANGUAGES]) {
    const items = value[lang];
    if (items && items.length > 0) return { items, lang, untranslated: lang !== ctx.lang };
  }
  return null;
}

/** `noted`: the language an untranslated note above already named, so the lists do not repeat it. */
function TextList({ ctx, value, noted, paragraphs = false }: {
  ctx: PageContext;
  value: LocalizedList;
  noted: Lang | null;
  paragraphs?: boolean;
}) {
  const shown = pickList(ctx, value);
  if (!shown) return <p class="muted">{ctx.t.enablers.empty}</p>;
  const lang = shown.lang === ctx.lang ? undefined : shown.lang;
  return (
    <>
      {paragraphs ? (
        <div lang={lang}>
          {shown.items.map((item) => (
            <p>{item}</p>
          ))}
        </div>
      ) : (
        <ul lang={lang}>
          {shown.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      )}
      {shown.untranslated && shown.lang !== noted && (
        <p>
          <UntranslatedNote ctx={ctx} shown={shown} />
        </p>
      )}
    </>
  );
}

function Enabler({ ctx, enabler }: { ctx: PageContext; enabler: EnablerView }) {
  const e = ctx.t.enablers;
  const id = `enabler-${enabler.position}`;
  const name = pickText(enabler.name, ctx.lang, ctx.fallbacks);
  const noted = name?.untranslated ? name.lang : null;
  return (
    <section class="enabler" aria-labelledby={id}>
      <h2 id={id}>
        {name ? <ShownText ctx={ctx} shown={name} /> : `${e.title} ${enabler.position}`}
      </h2>
      <h3>{e.measures}</h3>
      <TextList ctx={ctx} value={enabler.measures} noted={noted} />
      <h3>{e.metrics}</h3>
      <TextList ctx={ctx} value={enabler.metrics} noted={noted} />
      {enabler.status ? (
        <>
          <h3>{e.status(roundWhen(ctx, enabler.status.round))}</h3>
          <TextList ctx={ctx} value={enabler.status.text} noted={noted} paragraphs />
        </>
      ) : (
        <p>{e.noStatus}</p>
      )}
    </section>
  );
}

export function EnablersPage({ ctx, municipality, programme, enablers, alternates }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeOverview;
  enablers: EnablerView[];
  alternates: Alternate[];
}) {
  const { t } = ctx;
  const name = programmeName(ctx, programme);
  return (
    <Layout
      ctx={ctx}
      title={`${t.enablers.title} – ${name.text}`}
      municipality={municipality}
      alternates={alternates}
      crumbs={[
        ...programmeTrail(ctx, municipality, programme),
        { label: t.enablers.title },
      ]}
    >
      <h1>{t.enablers.title}</h1>
      <p>{t.enablers.intro}</p>
      {enablers.length === 0 ? (
        <p>{t.enablers.none}</p>
      ) : (
        enablers.map((enabler) => <Enabler ctx={ctx} enabler={enabler} />)
      )}
    </Layout>
  );
}
