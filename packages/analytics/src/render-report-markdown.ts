/**
 * The health report as Markdown (GitHub-flavoured), with the diagram as a Mermaid block.
 */
import type { HealthReport } from './health-report.js';
import { layOutReport, type ReportCitation, type ReportItem, type ReportSection } from './report-document.js';

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1');
}

/** A citation: the source's number, linked to its entry in the list of sources, and the items cited. */
function citation(c: ReportCitation): string {
  const items = c.items.length > 0 ? ` (${escapeMarkdown(c.items.join('; '))})` : '';
  return `[${c.number}](#${c.anchor})${items}`;
}

function item(i: ReportItem): string {
  const note = i.note ? ` _(${escapeMarkdown(i.note)})_` : '';
  const cites = i.citations.length > 0 ? ` \\[${i.citations.map(citation).join('; ')}\\]` : '';
  if (i.anchor) {
    // An HTML anchor GitHub keeps, so the citations' links land on the entry.
    const url = i.url ? ` <${i.url}>` : '';
    return `- <a id="${i.anchor}"></a>**${escapeMarkdown(i.lead)}** ${escapeMarkdown(i.text)}${url}`;
  }
  return `- **${escapeMarkdown(i.lead)}**: ${escapeMarkdown(i.text)}${note}${cites}`;
}

function section(s: ReportSection, level: number): string[] {
  const out = [`${'#'.repeat(level)} ${escapeMarkdown(s.heading)}`, ''];
  if (s.table) {
    if (s.table.rows.length === 0) out.push(s.empty, '');
    else {
      out.push(`| ${s.table.columns.join(' | ')} |`, `| ${s.table.columns.map(() => '---').join(' | ')} |`);
      for (const row of s.table.rows) out.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
      out.push('');
    }
  } else if (s.items.length > 0) out.push(...s.items.map(item), '');
  else if (!s.subsections?.length && s.empty) out.push(s.empty, '');
  for (const sub of s.subsections ?? []) out.push(...section(sub, level + 1));
  if (s.subsections && s.subsections.length === 0 && s.empty) out.push(s.empty, '');
  return out;
}

/** Renders the report as Markdown. */
export function renderReportMarkdown(report: HealthReport): string {
  const doc = layOutReport(report);
  const out = [`# ${escapeMarkdown(doc.title)}`, '', `_${escapeMarkdown(doc.subtitle)}_`, ''];
  const [summary, ...rest] = doc.sections;
  out.push(...section(summary!, 2));
  if (report.diagram?.format === 'mermaid') out.push('## Interdependencies', '', '```mermaid', report.diagram.content.trimEnd(), '```', '');
  for (const s of rest) out.push(...section(s, 2));
  return `${out.join('\n').trimEnd()}\n`;
}
