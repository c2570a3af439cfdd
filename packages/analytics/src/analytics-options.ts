/**
 * Options every analysis takes: the day the question is asked about, and the partnership area or
 * body it is scoped to. Analyses never default the day themselves, so that two callers asking the
 * same question get the same answer.
 */
import type { IsoDay } from '@govgraph/core';

/** The question's scope. */
export interface AnalyticsOptions {
  /** The day the question is asked about (facts holding on that day, per the core as-of rule). */
  asOf: IsoDay;
  /** Only facts of this partnership area (national facts always count), e.g. "sefton". */
  area?: string | undefined;
  /**
   * A body (usually a partnership) the answer is about: results are kept when they touch the body
   * or one of the bodies that answer to it through SUB_GROUP_OF / REPORTS_TO chains.
   */
  focus?: string | undefined;
}
