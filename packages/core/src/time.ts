/**
 * Dates as the sources give them. A minute may say "14 June 2012", a report "by March 2022", a
 * rename may only be bracketed ("after 12 March 2020, by 17 March 2022"). govgraph never invents a
 * day: every date is stored as the range of days it could be, with its precision.
 */
import { z } from 'zod';

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** How exactly a source pins a date down. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'bounds'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A date known to lie in `[earliest, latest]` (inclusive). `earliest` is null when the sources
 * give no lower bound ("by 19 July 2012": first seen then), `latest` null when they give no upper bound.
 */
export interface FuzzyDate {
  earliest: IsoDay | null;
  latest: IsoDay | null;
  precision: DatePrecision;
  /** The date as written in the seed or source, kept for display and round trips. */
  text: string;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `YYYY-MM` with a real month (01-12). */
const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR_RE = /^(\d{4})$/;

/** True when `text` is a real calendar day in `YYYY-MM-DD` form. */
export function isIsoDay(text: string): boolean {
  const m = DAY_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The day after `day` (used to turn "after X" into an inclusive earliest day). */
export function nextDay(day: IsoDay): IsoDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Today's date in UTC, the default `asOf` of every query. */
export function today(): IsoDay {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The forms a date may take in seeds and API input:
 * `"2012-06-14"`, `"2012-06"`, `"2012"`, or bounds `{ after?: day, by?: day }`
 * (`after` is exclusive: the event happened after that day; `by` is inclusive: it had happened by then).
 */
export const fuzzyDateInputSchema = z.union([
  z.string().refine((s) => isIsoDay(s) || MONTH_RE.test(s) || YEAR_RE.test(s), {
    message: 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY',
  }),
  z
    .object({
      after: z.string().refine(isIsoDay, { message: 'expected YYYY-MM-DD' }).optional(),
      by: z.string().refine(isIsoDay, { message: 'expected YYYY-MM-DD' }).optional(),
    })
    .strict()
    .refine((b) => b.after !== undefined || b.by !== undefined, {
      message: 'bounds need at least one of "after" or "by"',
    })
    .refine((b) => b.after === undefined || b.by === undefined || b.after < b.by, {
      message: '"after" must be before "by"',
    }),
]);
export type FuzzyDateInput = z.infer<typeof fuzzyDateInputSchema>;

/** Turns a validated date input into the range of days it denotes. */
export function toFuzzyDate(input: FuzzyDateInput): FuzzyDate {
  if (typeof input === 'string') {
    if (isIsoDay(input)) return { earliest: input, latest: input, precision: 'day', text: input };
    const month = MONTH_RE.exec(input);
    if (month) {
      const y = Number(month[1]);
      const mo = Number(month[2]);
      return {
        earliest: `${pad(y, 4)}-${pad(mo)}-01`,
        latest: `${pad(y, 4)}-${pad(mo)}-${pad(daysInMonth(y, mo))}`,
        precision: 'month',
        text: input,
      };
    }
    return { earliest: `${input}-01-01`, latest: `${input}-12-31`, precision: 'year', text: input };
  }
  const parts: string[] = [];
  if (input.after) parts.push(`after ${input.after}`);
  if (input.by) parts.push(`by ${input.by}`);
  return {
    earliest: input.after ? nextDay(input.after) : null,
    latest: input.by ?? null,
    precision: 'bounds',
    text: parts.join(', '),
  };
}

/** Inverse of {@link toFuzzyDate}, for exporting back to seed YAML. */
export function fuzzyDateToInput(date: FuzzyDate): FuzzyDateInput {
  if (date.precision !== 'bounds') return date.text;
  const out: { after?: string; by?: string } = {};
  const after = /after (\d{4}-\d{2}-\d{2})/.exec(date.text);
  const by = /by (\d{4}-\d{2}-\d{2})/.exec(date.text);
  if (after?.[1]) out.after = after[1];
  if (by?.[1]) out.by = by[1];
  return out;
}

/**
 * When a fact held. `from` is the first day it held, `to` the first day it no longer held
 * (half-open), each as fuzzy as the sources are. Either may be absent: unknown or open-ended.
 */
export interface Validity {
  from?: FuzzyDate | undefined;
  to?: FuzzyDate | undefined;
}

/**
 * The day from which a fact counts as holding in as-of queries: the latest day its start could be.
 * Null when the start is unknown (then it counts from the beginning of time).
 */
export function validFromDay(validity: Validity | undefined): IsoDay | null {
  return validity?.from?.latest ?? null;
}

/**
 * The first day on which a fact no longer counts in as-of queries: the latest day its end could be.
 * Null when it has not ended (or the sources give no end).
 */
export function validToDay(validity: Validity | undefined): IsoDay | null {
  if (!validity?.to) return null;
  return validity.to.latest ?? null;
}

/**
 * The as-of rule every store applies, so that both give the same answers: a fact counts on `day`
 * once the sources show it had begun (its start's latest possible day is on or before `day`) and
 * until they show it had ended (`day` is before its end's latest possible day). At a rename or merger
 * whose date is only bracketed, the old fact therefore counts until the bracket closes and the new one
 * from then on: exactly one of them holds on any day.
 */
export function holdsOn(validity: Validity | undefined, day: IsoDay): boolean {
  const from = validFromDay(validity);
  const to = validToDay(validity);
  return (from === null || from <= day) && (to === null || day < to);
}

/** A short human reading of a validity, e.g. "from 2012-06-14 to after 2020-03-12, by 2022-03-17". */
export function describeValidity(validity: Validity | undefined): string {
  if (!validity || (!validity.from && !validity.to)) return 'dates unknown';
  const parts: string[] = [];
  if (validity.from) parts.push(`from ${validity.from.text}`);
  if (validity.to) parts.push(`to ${validity.to.text}`);
  return parts.join(' ');
}
