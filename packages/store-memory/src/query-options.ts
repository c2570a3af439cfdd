/**
 * The memory store's reading of the port's "counts on a day" rule (stated on `GraphStore` in core's
 * `port.ts`; the as-of test itself is core's `holdsOn`), shared by every memory-store query.
 */
import { holdsOn, type Entity, type IsoDay, type Link } from '@govgraph/core';
import type { GraphState } from './graph-state.js';

/** Which facts count in a query (on `asOf` and in `area`, each when given). */
export class FactFilter {
  constructor(
    private readonly state: GraphState,
    readonly asOf: IsoDay | undefined,
    readonly area: string | undefined,
  ) {}

  /** Whether an entity counts. */
  entity(entity: Entity | undefined): entity is Entity {
    if (!entity) return false;
    if (this.area && entity.area && entity.area !== this.area) return false;
    return this.asOf === undefined || holdsOn(entity.validity, this.asOf);
  }

  /** Whether a link counts (it holds, and so do both its ends). */
  link(link: Link): boolean {
    if (this.asOf !== undefined && !holdsOn(link.validity, this.asOf)) return false;
    return this.entity(this.state.entities.get(link.from)) && this.entity(this.state.entities.get(link.to));
  }
}
