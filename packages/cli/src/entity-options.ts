/**
 * Options that name an entity (`--focus`, `--duty`, `--remove-person`, ...) take a name, former
 * name, alias or id, resolved on the store's own search; and a missing `--as-of` means the latest
 * day the data covers. Both say on stderr what they settled on, so a reader knows what was drawn.
 */
import { GovgraphError, isIsoDay, resolveEntityReference, dataCoverage, today, type Entity, type EntityKind, type GraphStore, type IsoDay } from '@govgraph/core';

/**
 * The entity an option names. An id is taken as it is; a name, former name or alias that fits one
 * entity is taken and stderr says which; none or several fail (NOT_FOUND, exit 1; AMBIGUOUS, exit
 * 1, the candidates listed in the message).
 */
export async function resolveEntityOption(
  store: GraphStore,
  option: string,
  reference: string,
  options: { kinds?: readonly EntityKind[] | undefined; area?: string | undefined } = {},
): Promise<Entity> {
  const entity = await resolveEntityReference(store, reference, { ...options, what: `--${option}` });
  if (entity.id !== reference) process.stderr.write(`govgraph: --${option} "${reference}" is ${entity.name}\n`);
  return entity;
}

/**
 * The day a command answers for: `--as-of` when given (INVALID_INPUT unless YYYY-MM-DD), else the
 * latest day the data of `area` covers (its dated sources), else today; stderr names
 * the day when it was not given.
 */
export async function resolveDayOption(store: GraphStore, asOf: string | undefined, area: string | undefined, option = 'as-of'): Promise<IsoDay> {
  if (asOf !== undefined) {
    if (!isIsoDay(asOf)) throw new GovgraphError('INVALID_INPUT', `--${option} must be a day as YYYY-MM-DD, got "${asOf}"`, { option, value: asOf });
    return asOf;
  }
  const coverage = await dataCoverage(store, { area });
  if (coverage.latest !== null) {
    process.stderr.write(`govgraph: as of ${coverage.latest}, the latest day the data covers${area ? ` for ${area}` : ''} (--${option} to choose another)\n`);
    return coverage.latest;
  }
  const day = today();
  process.stderr.write(`govgraph: as of today, ${day}: the data has no dated sources (--${option} to choose another day)\n`);
  return day;
}
