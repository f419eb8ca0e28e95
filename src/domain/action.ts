/** The vocabulary of actions: their follow-up states and the eight perspectives. */

export const ACTION_STATES = [
  'done',
  'in_progress',
  'not_advanced',
  'postponed',
  'abandoned',
  'no_status',
] as const;
export type ActionState = (typeof ACTION_STATES)[number];

export const TRAFFIC_LIGHTS = ['green', 'yellow', 'red'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

/** Perspective 2. */
export const LEVELS = ['foundation', 'shared_solution', 'sector_change', 'analytics'] as const;
export type Level = (typeof LEVELS)[number];
/** Perspective 4. */
export const BENEFITS = ['renewal', 'human_centredness', 'sustainability'] as const;
export type Benefit = (typeof BENEFITS)[number];
/** Perspective 5. */
export const BENEFICIARIES = ['residents', 'companies', 'tourists', 'staff', 'climate'] as const;
export type Beneficiary = (typeof BENEFICIARIES)[number];
/** Perspectives 6 and 7. */
export const SIZE_CLASSES = ['S', 'M', 'L'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
/** Perspective 8. */
export const DEVELOPMENT_MODELS = ['network', 'independent'] as const;
export type DevelopmentModel = (typeof DEVELOPMENT_MODELS)[number];

/** The eight perspectives; each is null until someone classifies the action. */
export interface Perspectives {
  /** 1: the goal or competence the action advances (its code, e.g. "A"). */
  goal: string | null;
  competence: string | null;
  level: Level | null;
  statutory: boolean | null;
  benefits: Benefit[] | null;
  beneficiaries: Beneficiary[] | null;
  costClass: SizeClass | null;
  impactClass: SizeClass | null;
  developmentModel: DevelopmentModel | null;
}
