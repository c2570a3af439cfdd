import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { buildHealthReport, renderReportHtml, renderReportMarkdown, type HealthReport } from '@govgraph/analytics';
import { testshireGraph } from './fixture.js';

let store: GraphStore;
let report: HealthReport;

beforeAll(async () => {
  const data = testshireGraph();
  // A name with markup, to check escaping.
  data.entities.find((e) => e.id === 'orphan-plan')!.name = 'Plan <b>A</b> | *draft*';
  store = createMemoryStore();
  await store.replaceAll(data);
  report = await buildHealthReport(store, {
    asOf: '2024-06-01',
    focus: 'partnership',
    since: '2012-01-01',
    diagram: { format: 'svg', content: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
  });
});

describe('the health report', () => {
  it("takes the focus's area and gathers every analysis", () => {
    expect(report.area).toBe('testshire');
    expect(report.focus?.id).toBe('partnership');
    expect(report.oversight.map((d) => d.duty.id)).toEqual(['duty-prevent', 'duty-violence']);
    const inherited = report.oversight[0]!.entries.find((e) => e.inherited)!;
    expect(inherited.via.map((v) => v.id)).toEqual(['prevent-group']);
    expect(report.personDependentLinks.length).toBeGreaterThan(0);
    expect(report.outputs.map((f) => f.id)).toEqual(['required-output-overdue:duty-violence:violence-strategy']);
    expect(report.gaps.every((f) => !f.kind.startsWith('required-output'))).toBe(true);
    expect(report.changes.some((c) => c.kind === 'merged')).toBe(true);
    expect(report.summary.overdueOutputs).toBe(1);
    expect(report.sources).toEqual([{ id: 'src-minutes', title: 'Minutes', date: null, url: null }]);
  });

  it('renders Markdown with escaped text', () => {
    const md = renderReportMarkdown(report);
    expect(md).toMatch(/^# Governance health report: Testshire Together\n/);
    expect(md).toContain('Plan \\<b\\>A\\</b\\> \\| \\*draft\\*');
    expect(md).not.toContain('```mermaid'); // the diagram given is SVG, for HTML
  });

  it('renders one HTML page with the SVG inline and text escaped', () => {
    const html = renderReportHtml(report);
    expect(html).toContain('Plan &lt;b&gt;A&lt;/b&gt; | *draft*');
    expect(html).toContain('<div class="diagram"><svg xmlns="http://www.w3.org/2000/svg"></svg></div>');
    expect(html).not.toContain('<?xml');
    expect(html).not.toMatch(/<script/);
  });
});
