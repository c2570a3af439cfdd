/**
 * The health report as one self-contained HTML page: inline styles, the diagram as inline SVG, no
 * scripts and nothing fetched, so it can be mailed or printed as it is.
 */
import type { HealthReport } from './health-report.js';
import { layOutReport, type ReportCitation, type ReportItem, type ReportSection } from './report-document.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}
.subtitle{color:#555}.note{color:#666;font-style:italic}.cite{color:#555;font-size:.85em}.cite a{color:inherit}
:target{background:#fff4c2}
ul{padding-left:1.2rem}li{margin:.3rem 0}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
.diagram svg{max-width:100%;height:auto}@media print{body{margin:0}}
`;

/** A citation: the source's number, linked to its entry in the list of sources, and the items cited. */
function citation(c: ReportCitation): string {
  const items = c.items.length > 0 ? ` (${escapeHtml(c.items.join('; '))})` : '';
  return `<a href="#${escapeHtml(c.anchor)}">${c.number}</a>${items}`;
}

function item(i: ReportItem): string {
  const note = i.note ? ` <span class="note">(${escapeHtml(i.note)})</span>` : '';
  const cites = i.citations.length > 0 ? ` <span class="cite">[${i.citations.map(citation).join('; ')}]</span>` : '';
  const id = i.anchor ? ` id="${escapeHtml(i.anchor)}"` : '';
  const url = i.url ? ` <a href="${escapeHtml(i.url)}">${escapeHtml(i.url)}</a>` : '';
  // A list-of-sources entry reads "3. Title (date)"; other lines "Lead: text".
  const separator = i.anchor ? ' ' : ': ';
  return `<li${id}><strong>${escapeHtml(i.lead)}</strong>${separator}${escapeHtml(i.text)}${url}${note}${cites}</li>`;
}

function section(s: ReportSection, level: number): string {
  const parts = [`<section id="${escapeHtml(s.id)}"><h${level}>${escapeHtml(s.heading)}</h${level}>`];
  if (s.table) {
    if (s.table.rows.length === 0) parts.push(`<p>${escapeHtml(s.empty)}</p>`);
    else {
      parts.push(`<table><thead><tr>${s.table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>`);
      for (const row of s.table.rows) parts.push(`<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      parts.push('</tbody></table>');
    }
  } else if (s.items.length > 0) parts.push(`<ul>${s.items.map(item).join('')}</ul>`);
  else if (!s.subsections?.length && s.empty) parts.push(`<p>${escapeHtml(s.empty)}</p>`);
  for (const sub of s.subsections ?? []) parts.push(section(sub, level + 1));
  parts.push('</section>');
  return parts.join('\n');
}

/** Drops the XML prolog and doctype of a standalone SVG so it can sit inside HTML. */
function inlineSvg(svg: string): string {
  return svg.replace(/<\?xml[^>]*\?>/g, '').replace(/<!DOCTYPE[^>]*>/gi, '').trim();
}

/** Renders the report as a self-contained HTML page. */
export function renderReportHtml(report: HealthReport): string {
  const doc = layOutReport(report);
  const [summary, ...rest] = doc.sections;
  const diagram =
    report.diagram?.format === 'svg'
      ? `<section id="interdependencies"><h2>Interdependencies</h2><div class="diagram">${inlineSvg(report.diagram.content)}</div></section>`
      : report.diagram?.format === 'mermaid'
        ? `<section id="interdependencies"><h2>Interdependencies</h2><pre>${escapeHtml(report.diagram.content)}</pre></section>`
        : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(doc.title)}</h1><p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
    section(summary!, 2),
    diagram,
    ...rest.map((s) => section(s, 2)),
    '</body></html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
