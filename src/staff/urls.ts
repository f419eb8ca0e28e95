/** The workspace's URLs, built in one place so links and routes agree. */
const seg = encodeURIComponent;

export const staffUrls = {
  home: '/staff',
  signIn: '/staff/sign-in',
  signOut: '/staff/sign-out',
  secondFactor: '/staff/sign-in/second-factor',
  setPassword: (secret: string) => `/staff/password/${seg(secret)}`,
  municipality: (m: string) => `/staff/${seg(m)}/`,
};
