/** The public roadmap's URLs, built in one place so links and routes agree. */
import type { Lang } from '../../domain/language.ts';
import type { RoadmapSide } from '../../services/roadmap/compare.ts';

const seg = encodeURIComponent;
const base = (m: string, lang: Lang, programme: string) => `/${seg(m)}/${lang}/${seg(programme)}/roadmap`;

export const roadmapUrls = {
  roadmap: base,
  version: (m: string, lang: Lang, programme: string, number: number) => `${base(m, lang, programme)}/versions/${number}`,
  compare: (m: string, lang: Lang, programme: string, sides?: { from: RoadmapSide; to: RoadmapSide }) =>
    `${base(m, lang, programme)}/compare${sides ? `?from=${sides.from}&to=${sides.to}` : ''}`,
};
