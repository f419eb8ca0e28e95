/** The open API's shapes for the catalog of other municipalities' projects (see ../schemas.ts). */
import { z } from '@hono/zod-openapi';

export const CATALOG_MAX_LIMIT = 500;

export const CatalogQuery = z.object({
  q: z.string().trim().max(200).optional().openapi({
    description: 'Words to find in titles and descriptions, as people write them in Finnish or Swedish (inflected forms, small misspellings). Ranked by relevance, with snippets.',
    example: 'varhaiskasvatuksen',
  }),
  municipality: z.string().trim().min(1).max(100).optional().openapi({
    description: 'Only projects this municipality led or took part in: its code, or its Finnish or Swedish name.',
    example: 'Borgå',
  }),
  ended: z.enum(['true', 'false']).transform((value) => value === 'true').optional().openapi({ description: 'Only ended (or ongoing) projects.' }),
  limit: z.coerce.number().int().min(1).max(CATALOG_MAX_LIMIT).default(50).openapi({ description: `At most ${CATALOG_MAX_LIMIT}.`, example: 50 }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ example: 0 }),
});

export const CatalogProjectParams = z.object({
  id: z.string().min(1).max(300).openapi({
    param: { name: 'id', in: 'path' },
    description: "The project's stable id: the lead's code and the title, as the import reads them.",
    example: '638-keskusteleva-tekoaly-asiakaspalvelussa',
  }),
});

export const NamedMunicipalitySchema = z
  .strictObject({
    code: z.string().nullable().openapi({ description: "Statistics Finland's code; null for a name that is no municipality (a regional council, a typo).", example: '638' }),
    name: z.strictObject({ fi: z.string(), sv: z.string().optional() }).openapi({
      description: 'The official Finnish and Swedish names; a name that is no municipality only as written, under `fi`.',
      example: { fi: 'Porvoo', sv: 'Borgå' },
    }),
  })
  .openapi('NamedMunicipality');

const CatalogPartnerSchema = z
  .strictObject({
    ...NamedMunicipalitySchema.shape,
    memberOf: z.string().optional().openapi({ description: 'The joint authority whose member list named it.' }),
  })
  .openapi('CatalogPartner');

const DescriptionBlockSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('paragraph'), text: z.string() }),
    z.strictObject({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
  ])
  .openapi('DescriptionBlock');

const LinkSchema = z
  .strictObject({
    url: z.string().nullable().openapi({ description: 'Null where the text only refers to a site ("täältä").' }),
    text: z.string(),
  })
  .openapi('CatalogLink');

const SnippetSchema = z
  .array(z.strictObject({ text: z.string(), match: z.boolean() }))
  .openapi('Snippet', { description: 'Where the words were found: stretches of text, the found words marked `match`.' });

const projectFields = {
  id: z.string().openapi({ example: '638-keskusteleva-tekoaly-asiakaspalvelussa' }),
  title: z.string(),
  lang: z.enum(['fi', 'sv']).openapi({ description: "The language of the entry's text." }),
  ended: z.boolean(),
  lead: NamedMunicipalitySchema.nullable().openapi({ description: 'Null when the entry names no lead.' }),
  partners: z.array(CatalogPartnerSchema),
  description: z.array(DescriptionBlockSchema).openapi({ description: 'Paragraphs and lists, in order.' }),
  links: z.array(LinkSchema),
};

export const CatalogProjectSchema = z
  .strictObject({ ...projectFields, snippet: SnippetSchema.optional() })
  .openapi('CatalogProject', { description: 'A project as listed; the contacts are given with the project itself only.' });

export const CatalogContactSchema = z
  .strictObject({ name: z.string().nullable(), organisation: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
  .openapi('CatalogContact', { description: 'A person to ask, as the catalog publishes them.' });

export const CatalogProjectDetailSchema = z
  .strictObject({ ...projectFields, contacts: z.array(CatalogContactSchema) })
  .openapi('CatalogProjectDetail');

export const CatalogListSchema = z
  .strictObject({
    total: z.number().int().min(0).openapi({ description: 'How many projects match, over all pages.' }),
    limit: z.number().int(),
    offset: z.number().int(),
    projects: z.array(CatalogProjectSchema),
  })
  .openapi('CatalogList');

export type CatalogProjectJson = z.infer<typeof CatalogProjectSchema>;
export type CatalogProjectDetailJson = z.infer<typeof CatalogProjectDetailSchema>;

export const SimilarProjectListSchema = z
  .strictObject({
    action: z.string().openapi({ description: "The action's reference.", example: '6.5' }),
    projects: z.array(z.strictObject({
      id: z.string(),
      title: z.string(),
      lang: z.enum(['fi', 'sv']),
      ended: z.boolean(),
      lead: NamedMunicipalitySchema.nullable(),
      score: z.number().openapi({ description: 'How alike: the summed rarity of the shared words, for ordering only.' }),
    })),
  })
  .openapi('SimilarProjectList', { description: 'Catalog projects most like the action, best first: suggestions, not confirmed links.' });

const NetworkProjectSchema = z
  .strictObject({ id: z.string(), title: z.string(), lang: z.enum(['fi', 'sv']), ended: z.boolean(), lead: NamedMunicipalitySchema.nullable() })
  .openapi('NetworkProject');

export const MunicipalityNetworkSchema = z
  .strictObject({
    municipality: NamedMunicipalitySchema,
    led: z.array(NetworkProjectSchema).openapi({ description: 'Catalog projects the municipality led.' }),
    joined: z.array(NetworkProjectSchema).openapi({ description: 'Catalog projects it took part in.' }),
    partners: z.array(z.strictObject({ municipality: NamedMunicipalitySchema, projects: z.number().int().min(1) }))
      .openapi({ description: 'The municipalities it shared projects with, most shared first.' }),
  })
  .openapi('MunicipalityNetwork');

export const NetworkOverviewSchema = z
  .strictObject({
    municipalities: z.array(z.strictObject({
      municipality: NamedMunicipalitySchema,
      partners: z.number().int().min(1).openapi({ description: 'Different municipalities it shared a project with.' }),
      projects: z.number().int().min(1).openapi({ description: 'Projects it shared with another municipality.' }),
    })),
  })
  .openapi('NetworkOverview', { description: 'The most connected municipalities of the catalog, most partners first.' });

export const NetworkParams = z.object({
  municipality: z.string().min(1).max(100).openapi({
    param: { name: 'municipality', in: 'path' },
    description: "A municipality's code, or its Finnish or Swedish name.",
    example: '638',
  }),
});

export const NetworkOverviewQuery = z.object({
  limit: z.coerce.number().int().min(1).max(CATALOG_MAX_LIMIT).default(20).openapi({ example: 20 }),
});
