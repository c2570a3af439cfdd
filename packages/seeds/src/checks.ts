/**
 * The fact rules (core's `checkFactGraph`) run over a whole seed, each problem located at the YAML
 * node of the fact it is about.
 */
import { checkFactGraph, type EntityRecord, type FactGraph, type KnownEntity, type LinkRecord } from '@govgraph/core';
import { describeOrigin, type ProblemCollector, type SeedOrigin } from './collector.js';

/** A valid entity and the YAML node it was written at. */
export type SeedEntityRecord = EntityRecord<SeedOrigin>;
/** A valid link and the YAML node it was written at. */
export type SeedLinkRecord = LinkRecord<SeedOrigin>;
/** An entity id written somewhere in the seed, valid or not. */
export type SeedKnownEntity = KnownEntity<SeedOrigin>;
/** Everything the fact rules look at in a seed. */
export type SeedGraph = FactGraph<SeedOrigin>;

/** Runs every fact rule over the seed, reporting into `problems` at file, line and column. */
export function checkSeedGraph(graph: SeedGraph, problems: ProblemCollector): void {
  checkFactGraph(graph, {
    report: (origin, subPath, code, message, severity) => problems.at(origin, subPath, code, message, { severity }),
    describe: (origin, subPath) => describeOrigin(origin, subPath),
  });
}
