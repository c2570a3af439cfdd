/**
 * The analytics acceptance suite on the memory store and the real seeds, and `govgraph report` /
 * `govgraph analyse` end to end.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '@govgraph/store-memory';
import { EXIT, runCli } from '@govgraph/cli';
import { createGovgraphContext, createGovgraphServer } from '@govgraph/graphql';
import { defineAnalyticsContract } from './analytics/define-analytics-contract.js';
import { testshireGraph } from '../packages/analytics/test/fixture.js';

defineAnalyticsContract('memory', async () => createMemoryStore());

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await runCli(args), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = undefined;
  }
}

describe('govgraph report on the Sefton seeds', () => {
  const base = ['report', '--focus', 'safer-sefton-together', '--as-of', '2022-09-08', '--since', '2021-09-08'];

  it('writes Markdown with the oversight, the people links rest on, the gaps, the changes and a Mermaid diagram', async () => {
    const { code, out } = await cli([...base, '--format', 'md']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^# Governance health report: Safer Sefton Together/);
    for (const heading of ['## Who oversees each duty', '## Person-dependent links', '## Gaps', '## Overdue and coming outputs', '## Changes since 2021-09-08', '## Sources']) {
      expect(out).toContain(heading);
    }
    expect(out).toContain('```mermaid');
    for (const name of ['Sue Holden', 'Ian Willman', 'Chris White', 'Risk Assessment: scored 1']) expect(out).toContain(name);
    expect(out).toContain('Sefton Safer Communities Partnership renamed Safer Sefton Together');
  });

  it('links every citation to its entry in the list of sources, and shows no internal ids or raw values in the prose', async () => {
    const { code, out } = await cli([...base, '--format', 'md', '--no-diagram']);
    expect(code).toBe(EXIT.ok);
    const anchors = new Set([...out.matchAll(/<a id="(source-[^"]+)"><\/a>/g)].map((m) => m[1]));
    const links = [...out.matchAll(/\]\(#(source-[^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.size).toBeGreaterThan(10);
    expect(links.length).toBeGreaterThan(anchors.size);
    for (const target of links) expect(anchors.has(target), target).toBe(true);
    // The September 2022 agenda pack is cited by number and item, and listed under that number.
    expect(out).toMatch(/- <a id="source-s2022-09"><\/a>\*\*\d+\.\*\* Safer Sefton Together agenda pack, 8 September 2022/);
    const prose = out.slice(0, out.indexOf('## Sources'));
    expect(prose).not.toMatch(/[A-Z_]{5,}:[a-z0-9-]+->/); // link ids such as REPORTS_TO:a->b
    expect(prose).not.toMatch(/\b(SUB_GROUP_OF|REPORTS_TO|MEMBER_OF|SITS_ON|OWNS|DELIVERS)\b/);
    expect(prose).not.toMatch(/\bin-force\b|\(Body\)|link-started/);
    expect(prose).not.toMatch(/\[s20\d\d-\d\d/); // citations by source id
    expect(prose).toContain('in force');
  });

  it('embeds the board view by default, the neighbourhood with --diagram-depth, and takes the focus by name', async () => {
    const board = await cli(['report', '--focus', 'Safer Sefton Together', '--since', '2021-09-08', '--format', 'md']);
    expect(board.code).toBe(EXIT.ok);
    expect(board.err).toContain('as of 2022-09-08, the latest day the data covers');
    expect(board.out).toContain('its groups and duties as of 8 September 2022');
    const walked = await cli([...base, '--format', 'md', '--diagram-depth', '1']);
    expect(walked.out).toContain('accTitle: Safer Sefton Together as of 8 September 2022');
  });

  it('writes one self-contained HTML page with the diagram as inline SVG', async () => {
    const { code, out } = await cli([...base, '--format', 'html']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^<!DOCTYPE html>/);
    expect(out).toContain('<svg');
    expect(out).not.toMatch(/<script|<link |src="http/);
    // Citations link to the list of sources.
    expect(out).toMatch(/<a href="#source-s2022-09">\d+<\/a>/);
    expect(out).toContain('<li id="source-s2022-09">');
  });

  it('writes the report object as JSON', async () => {
    const { code, out } = await cli([...base, '--format', 'json', '--no-diagram']);
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(out);
    expect(report.focus.id).toBe('safer-sefton-together');
    expect(report.diagram).toBeNull();
    expect(report.oversight.map((d: { duty: { id: string } }) => d.duty.id)).toContain('prevent');
  });

  it('fails with exit 1 for an unknown focus and exit 2 for a malformed day', async () => {
    expect((await cli(['report', '--focus', 'nobody', '--as-of', '2022-09-08'])).code).toBe(EXIT.problems);
    expect((await cli(['report', '--as-of', '2022-13-40'])).code).toBe(EXIT.usage);
  });
});

describe('govgraph analyse on the Sefton seeds', () => {
  it('prints what removing the Prevent sub-group breaks', async () => {
    const { code, out } = await cli(['analyse', 'what-if', '--remove-body', 'prevent-sub-group', '--as-of', '2022-09-08', '--area', 'sefton']);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('  Prevent duty: ');
    expect(out).toContain('delivery');
    // In words: the links that break by their ends' names, no ids.
    expect(out).toContain('Prevent sub-group sub-group of Safer Sefton Together');
    expect(out).not.toMatch(/prevent-sub-group|SUB_GROUP_OF/);
    // The same by name.
    const byName = await cli(['analyse', 'what-if', '--remove-body', 'Prevent sub-group', '--as-of', '2022-09-08', '--area', 'sefton']);
    expect(byName.out).toBe(out);
  });

  it('takes --remove-person by name, and lists the candidates when several people match', async () => {
    const chris = await cli(['analyse', 'what-if', '--remove-person', 'Chris White', '--as-of', '2022-09-08', '--area', 'sefton']);
    expect(chris.code).toBe(EXIT.ok);
    expect(chris.out).toMatch(/^Removing Chris White as of 2022-09-08:/);
    // "Kevin" is the first name of more than one person in the Sefton papers.
    const kevin = await cli(['analyse', 'what-if', '--remove-person', 'Kevin', '--as-of', '2022-09-08', '--area', 'sefton']);
    expect(kevin.code).toBe(EXIT.problems);
    expect(kevin.err).toContain('id kevin-hollis');
    expect(kevin.err).toContain('id kevin-sexton');
    expect(kevin.out).toBe('');
    expect((await cli(['analyse', 'what-if', '--remove-person', 'Nobody Atall', '--as-of', '2022-09-08'])).code).toBe(EXIT.problems);
  });

  it('prints person-dependent links as JSON', async () => {
    const { code, out } = await cli(['analyse', 'person-links', '--as-of', '2022-09-08', '--area', 'sefton', '--only-person-only', '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out).map((p: { people: { person: { id: string } }[] }) => p.people[0]!.person.id)).toEqual(['janette-maxwell', 'sue-holden', 'steve-martlew']);
  });

  it('rejects what-if without exactly one removal and changes with a reversed window', async () => {
    expect((await cli(['analyse', 'what-if', '--as-of', '2022-09-08'])).code).toBe(EXIT.usage);
    expect((await cli(['analyse', 'changes', '--from', '2022-01-01', '--to', '2012-01-01'])).code).toBe(EXIT.usage);
  });
});

describe('analytics over the GraphQL API', () => {
  it('reports error codes as clients see them', async () => {
    const store = createMemoryStore();
    await store.replaceAll(testshireGraph());
    const server = createGovgraphServer({ store });
    await server.start();
    const ask = async (query: string): Promise<unknown[]> => {
      const response = await server.executeOperation({ query }, { contextValue: createGovgraphContext(store) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return (response.body.singleResult.errors ?? []).map((e) => e.extensions?.['code']);
    };
    try {
      expect(await ask('{ whatIf(asOf: "2022-09-08") { removed { id } } }')).toEqual(['INVALID_INPUT']);
      expect(await ask('{ whatIf(removeBody: "nobody", asOf: "2022-09-08") { removed { id } } }')).toEqual(['NOT_FOUND']);
      expect(await ask('{ changes(from: "2022-01-01", to: "2012-01-01") { kind } }')).toEqual(['INVALID_INPUT']);
      expect(await ask('{ centrality(asOf: "2022-09-08", limit: 1000) { betweenness } }')).toEqual(['LIMIT_EXCEEDED']);
      expect(await ask('{ gaps(asOf: "2024-06-01", area: "testshire", severities: [HIGH]) { id } }')).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
