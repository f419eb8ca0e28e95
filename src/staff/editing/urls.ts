/** The URLs of editing the programme, built in one place so links and routes agree. */
import type { StructureKind } from '../../services/editing/structure.ts';

const seg = encodeURIComponent;
const base = (m: string) => `/staff/${seg(m)}`;
const programme = (m: string, p: string) => `${base(m)}/programmes/${seg(p)}`;

export const editingUrls = {
  /** The newest programme's actions. */
  actionsHome: (m: string) => `${base(m)}/actions`,
  actions: (m: string, p: string) => `${programme(m, p)}/actions`,
  newAction: (m: string, p: string) => `${programme(m, p)}/actions/new`,
  action: (m: string, id: string) => `${base(m)}/actions/${seg(id)}`,
  archive: (m: string, id: string) => `${base(m)}/actions/${seg(id)}/archive`,
  history: (m: string, id: string) => `${base(m)}/actions/${seg(id)}/history`,
  restore: (m: string, id: string) => `${base(m)}/actions/${seg(id)}/restore`,
  comments: (m: string, id: string) => `${base(m)}/actions/${seg(id)}/comments`,
  untranslated: (m: string, p: string) => `${programme(m, p)}/untranslated`,
  structure: (m: string, p: string) => `${programme(m, p)}/structure`,
  structureItem: (m: string, p: string, kind: StructureKind, id?: string) => `${programme(m, p)}/structure/${kind}${id ? `/${seg(id)}` : ''}`,
};
