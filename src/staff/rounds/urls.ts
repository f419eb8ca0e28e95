/** The URLs of the rounds' pages, built in one place so links and routes agree. */
const seg = encodeURIComponent;

const round = (m: string, programme: string, key: string) => `/staff/${seg(m)}/rounds/${seg(programme)}/${seg(key)}`;

export const roundUrls = {
  list: (m: string) => `/staff/${seg(m)}/rounds`,
  round,
  mine: (m: string, programme: string, key: string) => `${round(m, programme, key)}/mine`,
  table: (m: string, programme: string, key: string) => `${round(m, programme, key)}/table`,
  entry: (m: string, programme: string, key: string, ref: string) => `${round(m, programme, key)}/actions/${seg(ref)}`,
  remind: (m: string, programme: string, key: string) => `${round(m, programme, key)}/remind`,
  confirm: (m: string, programme: string, key: string) => `${round(m, programme, key)}/confirm`,
  close: (m: string, programme: string, key: string) => `${round(m, programme, key)}/close`,
  reopen: (m: string, programme: string, key: string) => `${round(m, programme, key)}/reopen`,
  /** Two rounds of a programme compared; `?from=&to=` (round keys) choose them. */
  compare: (m: string, programme: string) => `/staff/${seg(m)}/rounds/${seg(programme)}/compare`,
  outbox: (m: string) => `/staff/${seg(m)}/outbox`,
};
