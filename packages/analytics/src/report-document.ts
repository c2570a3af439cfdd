/**
 * The health report laid out as sections of items, independent of output format, so that the
 * Markdown and HTML renderers print exactly the same content and differ only in markup.
 */
import { capitalised, entityKindLabel, statusLabel, type SourceRef } from '@govgraph/core';
import type { HealthReport, ReportOversightEntry } from './health-report.js';
import type { PersonDependentLink } from './person-dependent-links.js';
import type { SinglePointOfFailure } from './single-points-of-failure.js';

/**
 * A citation as printed: the number of its source in the report's list of sources (linked to it)
 * and the items of that source it cites, e.g. `[3](#source-s2022-09) (6 §2.1; 6 §4.1)`.
 */
export interface ReportCitation {
  /** The source's number in the list of sources. */
  number: number;
  /** The id of the list entry to link to (`source-<id>`), in HTML and Markdown alike. */
  anchor: string;
  /** The items, sections or paragraphs cited, as written (may be empty). */
  items: string[];
}

/** One line of a section: a bold lead, the text, a muted note (status, confidence) and its citations. */
export interface ReportItem {
  lead: string;
  text: string;
  note?: string | undefined;
  sources: SourceRef[];
  /** `sources` grouped by source, numbered as in the list of sources. */
  citations: ReportCitation[];
  /** The anchor this line is the target of (the entries of the list of sources). */
  anchor?: string | undefined;
  /** A web address to link from the line (a source's URL; http and https only). */
  url?: string | undefined;
}

/** A section of the report. */
export interface ReportSection {
  id: string;
  heading: string;
  /** Items; when empty, `empty` is printed instead. */
  items: ReportItem[];
  empty: string;
  /** Sub-sections (one per duty under "Who oversees each duty"). */
  subsections?: ReportSection[] | undefined;
  /** A table (centrality). */
  table?: { columns: string[]; rows: string[][] } | undefined;
}

/** The report as a title, a subtitle and sections. */
export interface ReportDocument {
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

const ROLE_TEXT: Record<ReportOversightEntry['role'], string> = { OVERSEES: 'oversees', LEADS: 'leads', DELIVERS: 'delivers' };

/** The anchor of a source's entry in the list of sources. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

/** A citation's text without markup: `3 (6 §2.1; 6 §4.1)`; the renderers link the number. */
export function formatCitation(citation: ReportCitation): string {
  return citation.items.length > 0 ? `${citation.number} (${citation.items.join('; ')})` : String(citation.number);
}

/** How each basis of a person-dependent link reads. */
const BASIS_TEXT: Record<PersonDependentLink['basis'], string> = { 'person-only': 'joined only through people', structural: 'structural link too' };
/** How each kind of single point of failure reads. */
const FAILURE_TEXT: Record<SinglePointOfFailure['kind'], string> = {
  'reporting-line': 'reporting line',
  'sole-member': 'sole member',
  'body-connection': 'connection between bodies',
};

/** A web address worth linking: http or https only (a `javascript:` URL in the data stays text). */
function linkableUrl(url: string | null): string | undefined {
  return url !== null && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Lays a report out as sections. */
export function layOutReport(report: HealthReport): ReportDocument {
  const s = report.summary;
  const numberOf = new Map(report.sources.map((src, index) => [src.id, index + 1]));
  const cite = (refs: readonly SourceRef[]): ReportCitation[] => {
    const bySource = new Map<string, string[]>();
    for (const ref of refs) {
      const items = bySource.get(ref.source) ?? [];
      if (ref.item && !items.includes(ref.item)) items.push(ref.item);
      bySource.set(ref.source, items);
    }
    return [...bySource]
      .filter(([id]) => numberOf.has(id))
      .map(([id, items]) => ({ number: numberOf.get(id)!, anchor: sourceAnchor(id), items }))
      .sort((a, b) => a.number - b.number);
  };
  type Draft = Omit<ReportItem, 'citations'>;
  const withCitations = (items: Draft[]): ReportItem[] => items.map((i) => ({ ...i, citations: cite(i.sources) }));
  const scope = [`as of ${report.asOf}`, report.area ? `area ${report.area}` : null, `changes since ${report.since}`].filter(Boolean).join(' · ');
  const sections: ReportSection[] = [
    {
      id: 'summary',
      heading: 'Summary',
      empty: '',
      items: withCitations([
        { lead: `${s.dutiesOverseen} duties`, text: 'with a body of this partnership overseeing, leading or delivering them.', sources: [] },
        { lead: `${s.personDependentLinks} person-dependent links`, text: 'between bodies whose working connection rests on one person.', sources: [] },
        { lead: `${s.singlePointsOfFailure} single points of failure`, text: 'people whose departure cuts a reporting line, a body or a connection.', sources: [] },
        {
          lead: `${s.findings.high} high, ${s.findings.medium} medium, ${s.findings.low} low`,
          text: `gaps (and ${s.findings.info} for information), ${s.overdueOutputs} of them overdue outputs.`,
          sources: [],
        },
        { lead: `${s.changes} changes`, text: `between ${report.since} and ${report.asOf}.`, sources: [] },
      ]),
    },
    {
      id: 'oversight',
      heading: 'Who oversees each duty',
      empty: 'No duty is recorded as overseen by this partnership on the day.',
      items: [],
      subsections: report.oversight.map((d) => ({
        id: `duty-${d.duty.id}`,
        heading: d.duty.name,
        empty: '',
        items: withCitations(
          d.entries.map((e) => ({
            lead: e.body.name,
            text: `${ROLE_TEXT[e.role]}${e.inherited ? ` through ${e.via.map((v) => v.name).join(' → ')}` : ' directly'}`,
            note: [statusLabel(e.status), e.inferred ? 'inferred' : null].filter(Boolean).join(', '),
            sources: e.sources,
          })),
        ),
      })),
    },
    {
      id: 'person-dependent-links',
      heading: 'Person-dependent links',
      empty: 'No pair of bodies rests on a single person.',
      items: withCitations(
        report.personDependentLinks.map((p) => ({
          lead: `${p.bodies[0].name} ↔ ${p.bodies[1].name}`,
          text: p.explanation,
          note: [BASIS_TEXT[p.basis], statusLabel(p.status)].join(', '),
          sources: p.sources,
        })),
      ),
    },
    {
      id: 'single-points-of-failure',
      heading: 'Single points of failure',
      empty: 'No single points of failure found.',
      items: withCitations(report.singlePointsOfFailure.map((p) => ({ lead: p.person.name, text: p.explanation, note: FAILURE_TEXT[p.kind], sources: p.sources }))),
    },
    {
      id: 'centrality',
      heading: 'Most central people and bodies',
      empty: 'No network to measure.',
      items: [],
      table: {
        columns: ['Name', 'Kind', 'Betweenness', 'Degree', 'Neighbours'],
        rows: report.centrality.map((c) => [c.entity.name, capitalised(entityKindLabel(c.entity.kind)), c.betweenness.toFixed(3), c.degree.toFixed(3), String(c.neighbours)]),
      },
    },
    {
      id: 'gaps',
      heading: 'Gaps',
      empty: 'No gaps found.',
      items: withCitations(
        report.gaps.map((f) => ({
          lead: `${f.severity.toUpperCase()}: ${f.title}`,
          text: f.explanation,
          note: f.status ? statusLabel(f.status) : undefined,
          sources: f.sources,
        })),
      ),
    },
    {
      id: 'outputs',
      heading: 'Overdue and coming outputs',
      empty: 'No required output is overdue or coming due.',
      items: withCitations(report.outputs.map((f) => ({ lead: `${f.severity.toUpperCase()}: ${f.title}`, text: f.explanation, sources: f.sources }))),
    },
    {
      id: 'changes',
      heading: `Changes since ${report.since}`,
      empty: 'No recorded changes in the period.',
      items: withCitations(
        report.changes.map((c) => ({
          lead: c.date.text,
          text: `${c.kind.replace(/-/g, ' ')}: ${c.description}`,
          note: [statusLabel(c.status), c.certain ? null : 'date uncertain'].filter(Boolean).join(', '),
          sources: c.sources,
        })),
      ),
    },
    {
      id: 'sources',
      heading: 'Sources',
      empty: 'No sources cited.',
      items: report.sources.map((src, index) => ({
        lead: `${index + 1}.`,
        text: [src.title, src.date ? `(${src.date})` : null].filter(Boolean).join(' '),
        sources: [],
        citations: [],
        anchor: sourceAnchor(src.id),
        url: linkableUrl(src.url),
      })),
    },
  ];
  return { title: report.title, subtitle: scope, sections };
}
