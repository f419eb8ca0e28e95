/** The workspace's addresses for ideas. */
import type { IdeaState } from '../../domain/idea.ts';

const seg = encodeURIComponent;
const base = (m: string) => `/staff/${seg(m)}/ideas`;

export const ideaStaffUrls = {
  queue: (m: string, state?: IdeaState) => (state ? `${base(m)}?state=${state}` : base(m)),
  newIdea: (m: string) => `${base(m)}/new`,
  importIdeas: (m: string) => `${base(m)}/import`,
  priorities: (m: string) => `${base(m)}/priorities`,
  register: (m: string) => `${base(m)}/register`,
  idea: (m: string, ref: string) => `${base(m)}/${seg(ref)}`,
  action: (m: string, ref: string, what: 'publish' | 'evaluate' | 'decide' | 'merge' | 'link' | 'erase') => `${base(m)}/${seg(ref)}/${what}`,
};
