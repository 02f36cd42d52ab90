import type { Path } from '../../../../shared/story/updateAt';

/**
 * The DOM id of the control for a story field, from its path: the same path the rules engine
 * reports, so a finding can scroll to and focus its field.
 */
export function fieldDomId(path: Path): string {
  const parts = path.map((step) => (typeof step === 'string' ? step : step.id));
  return `field-${parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
