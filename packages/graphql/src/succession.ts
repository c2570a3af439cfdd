/** The succession rule (core's `followSuccession`) over the request's loaders. */
import { followSuccession, type Entity, type IsoDay } from '@govgraph/core';
import type { GovgraphContext } from './context.js';

/** The entity `entity` is on `day`: its successors followed forward to the latest one (itself when none). */
export async function currentEntity(context: GovgraphContext, entity: Entity, day: IsoDay): Promise<Entity> {
  const lineage = await context.loaders.lineage.load(entity.id);
  return followSuccession(entity, day, lineage.successors, (id) => context.loaders.entity.load(id));
}
