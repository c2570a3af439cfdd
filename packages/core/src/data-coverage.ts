/**
 * Which days the data speaks for: the span of the graph's dated sources. A map "as of today" of a
 * partnership whose last minutes are from 2022 silently assumes nothing changed since; the explorer
 * and the CLI default to the latest day the sources cover instead, and say so.
 */
import { compareStrings } from './ordering.js';
import type { Entity } from './ontology.js';
import type { GraphStore } from './port.js';
import type { FuzzyDate, IsoDay } from './time.js';

/** The span of a graph's dated sources. */
export interface DataCoverage {
  /** The area asked about; null for the whole graph. */
  area: string | null;
  /** The first day a dated source speaks for (the earliest day of the first source's date); null when no source is dated. */
  earliest: IsoDay | null;
  /**
   * The last day a dated source speaks for: the latest day of the newest source's date (a source
   * dated "2022-03" counts to 2022-03-31, the day the as-of rule switches for it); null when none is dated.
   */
  latest: IsoDay | null;
  /** How many Source entities have a date. */
  datedSources: number;
  /** How many Source entities have none (they do not move the span). */
  undatedSources: number;
  /** Id of the source that sets `latest` (the first by id when several share the day); null when none is dated. */
  latestSourceId: string | null;
}

function sourceDate(entity: Entity): FuzzyDate | null {
  const date = entity.attributes['date'];
  if (typeof date !== 'object' || date === null) return null;
  const { earliest, latest } = date as FuzzyDate;
  return earliest || latest ? (date as FuzzyDate) : null;
}

/**
 * The coverage of some entities: only Source entities count, and with `area` only the sources of
 * that area (a partnership's own papers, not the national layer, say what it looked like).
 */
export function dataCoverageOf(entities: Iterable<Entity>, area?: string | undefined): DataCoverage {
  let earliest: IsoDay | null = null;
  let latest: IsoDay | null = null;
  let latestSourceId: string | null = null;
  let dated = 0;
  let undated = 0;
  for (const entity of entities) {
    if (entity.kind !== 'Source' || (area !== undefined && entity.area !== area)) continue;
    const date = sourceDate(entity);
    if (!date) {
      undated++;
      continue;
    }
    dated++;
    const first = (date.earliest ?? date.latest)!;
    const last = (date.latest ?? date.earliest)!;
    if (earliest === null || compareStrings(first, earliest) < 0) earliest = first;
    const later = latest === null || compareStrings(last, latest) > 0;
    const tie = latest !== null && last === latest && latestSourceId !== null && compareStrings(entity.id, latestSourceId) < 0;
    if (later || tie) {
      latest = last;
      latestSourceId = entity.id;
    }
  }
  return { area: area ?? null, earliest, latest, datedSources: dated, undatedSources: undated, latestSourceId };
}

/** The coverage of a store's graph (of one area's sources when `area` is given), on any store. */
export async function dataCoverage(store: GraphStore, options: { area?: string | undefined } = {}): Promise<DataCoverage> {
  const { entities } = await store.snapshot({ area: options.area });
  return dataCoverageOf(entities, options.area);
}
