/**
 * The health report laid out as sections of items, independent of output format, so that the
 * Markdown and HTML renderers print exactly the same content and differ only in markup.
 */
import type { SourceRef } from '@govgraph/core';
import type { HealthReport, ReportOversightEntry } from './health-report.js';

/** One line of a section: a bold lead, the text, a muted note (status, confidence) and its citations. */
export interface ReportItem {
  lead: string;
  text: string;
  note?: string | undefined;
  sources: SourceRef[];
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

/** Formats a citation as `source, item` (the list of sources at the end gives titles). */
export function formatCitation(ref: SourceRef): string {
  return ref.item ? `${ref.source}, ${ref.item}` : ref.source;
}

/** Lays a report out as sections. */
export function layOutReport(report: HealthReport): ReportDocument {
  const s = report.summary;
  const scope = [`as of ${report.asOf}`, report.area ? `area ${report.area}` : null, `changes since ${report.since}`].filter(Boolean).join(' · ');
  const sections: ReportSection[] = [
    {
      id: 'summary',
      heading: 'Summary',
      empty: '',
      items: [
        { lead: `${s.dutiesOverseen} duties`, text: 'with a body of this partnership overseeing, leading or delivering them.', sources: [] },
        { lead: `${s.personDependentLinks} person-dependent links`, text: 'between bodies whose working connection rests on one person.', sources: [] },
        { lead: `${s.singlePointsOfFailure} single points of failure`, text: 'people whose departure cuts a reporting line, a body or a connection.', sources: [] },
        {
          lead: `${s.findings.high} high, ${s.findings.medium} medium, ${s.findings.low} low`,
          text: `gaps (and ${s.findings.info} for information), ${s.overdueOutputs} of them overdue outputs.`,
          sources: [],
        },
        { lead: `${s.changes} changes`, text: `between ${report.since} and ${report.asOf}.`, sources: [] },
      ],
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
        items: d.entries.map((e) => ({
          lead: e.body.name,
          text: `${ROLE_TEXT[e.role]}${e.inherited ? ` through ${e.via.map((v) => v.name).join(' → ')}` : ' directly'}`,
          note: [e.status, e.inferred ? 'inferred' : null].filter(Boolean).join(', '),
          sources: e.sources,
        })),
      })),
    },
    {
      id: 'person-dependent-links',
      heading: 'Person-dependent links',
      empty: 'No pair of bodies rests on a single person.',
      items: report.personDependentLinks.map((p) => ({
        lead: `${p.bodies[0].name} ↔ ${p.bodies[1].name}`,
        text: p.explanation,
        note: [p.basis, p.status].join(', '),
        sources: p.sources,
      })),
    },
    {
      id: 'single-points-of-failure',
      heading: 'Single points of failure',
      empty: 'No single points of failure found.',
      items: report.singlePointsOfFailure.map((p) => ({ lead: p.person.name, text: p.explanation, note: p.kind, sources: p.sources })),
    },
    {
      id: 'centrality',
      heading: 'Most central people and bodies',
      empty: 'No network to measure.',
      items: [],
      table: {
        columns: ['Name', 'Kind', 'Betweenness', 'Degree', 'Neighbours'],
        rows: report.centrality.map((c) => [c.entity.name, c.entity.kind, c.betweenness.toFixed(3), c.degree.toFixed(3), String(c.neighbours)]),
      },
    },
    {
      id: 'gaps',
      heading: 'Gaps',
      empty: 'No gaps found.',
      items: report.gaps.map((f) => ({
        lead: `${f.severity.toUpperCase()}: ${f.title}`,
        text: f.explanation,
        note: f.status,
        sources: f.sources,
      })),
    },
    {
      id: 'outputs',
      heading: 'Overdue and coming outputs',
      empty: 'No required output is overdue or coming due.',
      items: report.outputs.map((f) => ({ lead: `${f.severity.toUpperCase()}: ${f.title}`, text: f.explanation, sources: f.sources })),
    },
    {
      id: 'changes',
      heading: `Changes since ${report.since}`,
      empty: 'No recorded changes in the period.',
      items: report.changes.map((c) => ({
        lead: c.date.text,
        text: `${c.kind}: ${c.description}`,
        note: [c.status, c.certain ? null : 'date uncertain'].filter(Boolean).join(', '),
        sources: c.sources,
      })),
    },
    {
      id: 'sources',
      heading: 'Sources',
      empty: 'No sources cited.',
      items: report.sources.map((src) => ({
        lead: src.id,
        text: [src.title, src.date ? `(${src.date})` : null, src.url].filter(Boolean).join(' '),
        sources: [],
      })),
    },
  ];
  return { title: report.title, subtitle: scope, sections };
}
