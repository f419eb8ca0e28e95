/** The URLs of metrics in the workspace, built in one place so links and routes agree. */
const seg = encodeURIComponent;
const programme = (m: string, p: string) => `/staff/${seg(m)}/programmes/${seg(p)}`;

export const metricUrls = {
  list: (m: string, p: string) => `${programme(m, p)}/metrics`,
  metric: (m: string, p: string, code: string) => `${programme(m, p)}/metrics/${seg(code)}`,
  import: (m: string, p: string) => `${programme(m, p)}/metric-values/import`,
};
