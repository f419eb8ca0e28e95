/** The URLs of the API token pages. */
const seg = encodeURIComponent;

export const tokenUrls = {
  list: (m: string) => `/staff/${seg(m)}/tokens`,
  revoke: (m: string, id: string) => `/staff/${seg(m)}/tokens/${seg(id)}/revoke`,
};
