/** The URLs of metrics in the workspace, built in one place so links and routes agree. */
const seg = encodeURIComponent;
const programme = (m: string, p: string) => `/staff/${seg(m)}/programmes/${seg(p)}`;

export const metricUrls = {
  list: (m: string, p: string) => `${programme(m, p)}/metrics`,
  metric: (m: string, p: string, code: string) => `${programme(m, p)}/metrics/${seg(code)}`,
  import: (m: string, p: string) => `${programme(m, p)}/metric-values/import`,
  strategy: (m: string) => `/staff/${seg(m)}/strategy`,
  strategyItem: (m: string, kind: string, id?: string) => `/staff/${seg(m)}/strategy/${seg(kind)}${id ? `/${seg(id)}` : ''}`,
  measures: (m: string, actionId: string) => `/staff/${seg(m)}/actions/${seg(actionId)}/measures`,
  checkpoint: (m: string, actionId: string, id?: string) => `/staff/${seg(m)}/actions/${seg(actionId)}/checkpoints${id ? `/${seg(id)}` : ''}`,
};
