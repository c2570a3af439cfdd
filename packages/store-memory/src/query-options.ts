/**
 * The "counts on a day" rule, shared by every memory-store query. Option checks are core's
 * (`checkDay`, `checkLimit`, ...), the same in every store.
 */
import { holdsOn, type Entity, type IsoDay, type Link } from '@govgraph/core';
import type { GraphState } from './graph-state.js';

/**
 * Which facts count in a query. An entity counts when it holds on `asOf` (if given) and its area
 * is absent or equals `area` (if given). A link counts when it holds on `asOf` (if given) and both
 * its ends count.
 */
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
