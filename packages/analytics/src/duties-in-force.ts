/**
 * Which duties are in force on a day, per the reference layer: the duty itself is `in-force` and at
 * least one IMPOSED_BY link to legislation holds, with link and legislation both `in-force`
 * (a provision enacted but not commenced imposes nothing yet).
 */
import { validFromDay, type Entity, type IsoDay, type Link } from '@govgraph/core';
import type { GraphView } from './graph-view.js';

/** A duty in force and why. */
export interface DutyInForce {
  duty: Entity;
  /** The IMPOSED_BY links in force, sorted by id. */
  imposedBy: Link[];
  /**
   * The day the duty counts as in force from: the latest of the duty's and its first in-force
   * IMPOSED_BY link's and legislation's start days; null when none is dated.
   */
  start: IsoDay | null;
}

/** The duties in force on the view's day, sorted by id. */
export function dutiesInForce(view: GraphView): DutyInForce[] {
  const out: DutyInForce[] = [];
  for (const duty of view.ofKind('Duty')) {
    if (duty.status !== 'in-force') continue;
    const imposedBy = view.out(duty.id, ['IMPOSED_BY']).filter((l) => l.status === 'in-force' && view.entity(l.to)?.status === 'in-force');
    if (imposedBy.length === 0) continue;
    const starts = imposedBy.map((l) => {
      const days = [validFromDay(duty.validity), validFromDay(l.validity), validFromDay(view.entity(l.to)!.validity)].filter(
        (d): d is IsoDay => d !== null,
      );
      return days.length === 0 ? null : days.sort().at(-1)!;
    });
    const dated = starts.filter((d): d is IsoDay => d !== null).sort();
    out.push({ duty, imposedBy, start: dated[0] ?? null });
  }
  return out;
}

/** Adds whole months to a day, clamping to the month's end (2023-01-31 + 1 month = 2023-02-28). */
export function addMonths(day: IsoDay, months: number): IsoDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
