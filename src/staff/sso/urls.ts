/** The single sign-on URLs of the workspace. */
const seg = encodeURIComponent;

export const ssoUrls = {
  /** The municipality's sign-in page with its providers' buttons. */
  signIn: (m: string) => `/staff/sso/${seg(m)}`,
  start: (m: string, providerId: string, next?: string) =>
    `/staff/sso/${seg(m)}/start?provider=${seg(providerId)}${next ? `&next=${seg(next)}` : ''}`,
  callback: '/staff/sso/callback',
  /** The administrator's settings. */
  providers: (m: string) => `/staff/${seg(m)}/sso`,
  provider: (m: string, id: string) => `/staff/${seg(m)}/sso/${seg(id)}`,
};
