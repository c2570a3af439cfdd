import type { Entity } from './ontology.js';
import { holdsOn, type IsoDay } from './time.js';

/**
 * The name an entity went by on a day, so a 2012 diagram says "Sefton Safer Communities
 * Partnership" where today's says "Safer Sefton Together", and the GraphQL `Entity.nameAsOf`
 * agrees with it: of the name records that hold on the day, the one that started last (the later
 * in the list on ties); the current name when none holds.
 */
export function nameAsOf(entity: Entity, asOf: IsoDay): string {
  let best: { name: string; from: string } | null = null;
  for (const record of entity.names) {
    if (!holdsOn(record.validity, asOf)) continue;
    const from = record.validity?.from?.latest ?? '';
    if (best === null || from >= best.from) best = { name: record.name, from };
  }
  return best?.name ?? entity.name;
}
