/** The workspace's roadmap URLs, built in one place so links and routes agree. */
import type { RoadmapSide } from '../../services/roadmap/compare.ts';

const seg = encodeURIComponent;
const base = (m: string) => `/staff/${seg(m)}`;
const roadmap = (m: string, p: string) => `${base(m)}/programmes/${seg(p)}/roadmap`;

export const roadmapStaffUrls = {
  /** The newest programme's versions. */
  home: (m: string) => `${base(m)}/roadmap`,
  versions: roadmap,
  version: (m: string, p: string, number: number) => `${roadmap(m, p)}/versions/${number}`,
  refresh: (m: string, p: string, number: number) => `${roadmap(m, p)}/versions/${number}/refresh`,
  approve: (m: string, p: string, number: number) => `${roadmap(m, p)}/versions/${number}/approve`,
  compare: (m: string, p: string, sides?: { from: RoadmapSide; to: RoadmapSide }) =>
    `${roadmap(m, p)}/compare${sides ? `?from=${sides.from}&to=${sides.to}` : ''}`,
  takeOver: (m: string, p: string) => `${roadmap(m, p)}/take-over`,
};
