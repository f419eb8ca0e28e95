/** Follow-up rounds: open while owners update them (staff only), closed once published (frozen). */
export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
