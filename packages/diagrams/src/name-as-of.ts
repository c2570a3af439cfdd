import { holdsOn, type Entity, type IsoDay } from '@govgraph/core';

/**
 * The name an entity went by on a day, so a 2012 diagram says "Sefton Safer Communities
 * Partnership" where today's says "Safer Sefton Together". Names are kept oldest first; the last
 * one holding on the day wins; when none does (dates unknown, or a day before any record), the
 * current name is used.
 */
export function nameAsOf(entity: Entity, asOf: IsoDay): string {
  let found: string | null = null;
  for (const record of entity.names) {
    if (record.validity && holdsOn(record.validity, asOf)) found = record.name;
  }
  return found ?? entity.name;
}
