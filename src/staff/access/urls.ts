/** The URLs of access: the sign-in step and reset (before a session is complete), a person's security page, a municipality's people, settings and audit log. */
import { staffUrls } from '../urls.ts';

const seg = encodeURIComponent;

export const accessUrls = {
  secondFactor: staffUrls.secondFactor,
  passwordReset: '/staff/password-reset',
  security: '/staff/account/security',
  securityEnrol: '/staff/account/security/enrol',
  securityRenew: '/staff/account/security/recovery-codes',
  securityRemove: '/staff/account/security/remove',
  people: (m: string) => `/staff/${seg(m)}/people`,
  personRoles: (m: string, id: string) => `/staff/${seg(m)}/people/${seg(id)}/roles`,
  personRoleRemove: (m: string, id: string) => `/staff/${seg(m)}/people/${seg(id)}/roles/remove`,
  personDeactivate: (m: string, id: string) => `/staff/${seg(m)}/people/${seg(id)}/deactivate`,
  personReactivate: (m: string, id: string) => `/staff/${seg(m)}/people/${seg(id)}/reactivate`,
  personUnlock: (m: string, id: string) => `/staff/${seg(m)}/people/${seg(id)}/unlock`,
  settings: (m: string) => `/staff/${seg(m)}/settings`,
  audit: (m: string) => `/staff/${seg(m)}/audit`,
};
