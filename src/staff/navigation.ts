/**
 * The sections of a municipality's workspace, in the order of the menu. Each feature adds its entry
 * here; an entry shows only to those whose roles allow what it needs.
 */
import { can, type Permission } from '../domain/permissions.ts';
import type { StaffMessages } from '../i18n/staff/index.ts';
import type { StaffPageContext } from './page-context.ts';
import { staffUrls } from './urls.ts';
import { roundUrls } from './rounds/urls.ts';
import { accessUrls } from './access/urls.ts';
import { ssoUrls } from './sso/urls.ts';
import { tokenUrls } from './api-tokens/urls.ts';
import { editingUrls } from './editing/urls.ts';
import { roadmapStaffUrls } from './roadmap/urls.ts';
import { ideaStaffUrls } from './ideas/urls.ts';

interface Entry {
  label: (t: StaffMessages) => string;
  href: (m: string) => string;
  needs: Permission;
}

const ENTRIES: readonly Entry[] = [
  { label: (t) => t.municipality.title, href: staffUrls.municipality, needs: 'unpublished.read' },
  { label: (t) => t.rounds.title, href: roundUrls.list, needs: 'unpublished.read' },
  { label: (t) => t.rounds.outbox.title, href: roundUrls.outbox, needs: 'outbox.read' },
  { label: (t) => t.access.nav.people, href: accessUrls.people, needs: 'users.manage' },
  { label: (t) => t.access.nav.settings, href: accessUrls.settings, needs: 'settings.edit' },
  { label: (t) => t.access.nav.audit, href: accessUrls.audit, needs: 'audit.read' },
  { label: (t) => t.access.nav.security, href: () => accessUrls.security, needs: 'unpublished.read' },
  { label: (t) => t.sso.admin.title, href: ssoUrls.providers, needs: 'settings.edit' },
  { label: (t) => t.apiTokens.title, href: tokenUrls.list, needs: 'api_token.manage' },
  { label: (t) => t.editing.menu, href: editingUrls.actionsHome, needs: 'unpublished.read' },
  { label: (t) => t.roadmap.menu, href: roadmapStaffUrls.home, needs: 'unpublished.read' },
  { label: (t) => t.ideas.menu, href: (m) => ideaStaffUrls.queue(m), needs: 'unpublished.read' },
];

export function navigationFor(ctx: StaffPageContext): { label: string; href: string }[] {
  const { signedIn, municipality } = ctx;
  if (!signedIn || !municipality) return [];
  return ENTRIES.filter((entry) => can(signedIn.actor, entry.needs, municipality.id))
    .map((entry) => ({ label: entry.label(ctx.t), href: entry.href(municipality.slug) }));
}
