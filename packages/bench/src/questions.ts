/**
 * The questions every benchmark asks, the same on every store: each iteration picks an area and a
 * duty deterministically, so runs are comparable across stores and machines.
 */
import type { GraphStore } from '@govgraph/core';
import { personDependentLinks } from '@govgraph/analytics';

/** The day every benchmark question is asked about (mid-way through the synthetic decade). */
export const BENCH_AS_OF = '2018-06-01';

/** A question asked of a store on iteration `i`. */
export type BenchQuestion = (store: GraphStore, i: number) => Promise<unknown>;

/** Named questions: oversight, path, interdependencies (depth 2) and the person-link analysis. */
export type BenchQuestions = Record<'oversight' | 'path' | 'interdependencies' | 'personLinks', BenchQuestion>;

/** The area code (`001`...) asked about on iteration `i`. */
export function areaCode(areas: number, i: number): string {
  return String(((i * 7919) % areas) + 1).padStart(3, '0');
}

/** The questions, spread over `areas` areas and the reference layer's duties. */
export function benchQuestions(areas: number, dutyIds: readonly string[]): BenchQuestions {
  const duty = (i: number): string => dutyIds[i % dutyIds.length] as string;
  return {
    oversight: (store, i) => store.oversight(duty(i), { asOf: BENCH_AS_OF, area: `area-${areaCode(areas, i)}` }),
    path: (store, i) => {
      const a = areaCode(areas, i);
      return store.path(`a${a}-person-${String((i % 150) + 1).padStart(3, '0')}`, `a${a}-csp`, { asOf: BENCH_AS_OF, maxHops: 4, area: `area-${a}` });
    },
    interdependencies: (store, i) => {
      const a = areaCode(areas, i);
      return store.interdependencies(`a${a}-csp`, { asOf: BENCH_AS_OF, depth: 2, area: `area-${a}` });
    },
    personLinks: (store, i) => personDependentLinks(store, { asOf: BENCH_AS_OF, area: `area-${areaCode(areas, i)}` }),
  };
}
