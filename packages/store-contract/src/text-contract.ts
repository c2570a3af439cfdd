/**
 * The text rules every store applies at its own write boundary (core's `text-rules.ts`): text no
 * store may hold is refused with INVALID_INPUT and changes nothing, and text every store may hold
 * comes back exactly as written, with the version it was written with. Issue 15: Neo4j stored a
 * lone surrogate as U+FFFD, so the next edit of the fact failed with CONFLICT, and the memory store
 * kept it, so the two stores disagreed; a NUL in a link id broke every SVG diagram that drew it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkText, factVersion, type Entity, type GraphStore, type Link, type Problem, type TextProblemCode } from '@govgraph/core';
import { expectCode, lid, newFixtureBody, newFixtureLink, sortedGraph } from './contract-helpers.js';
import { fixtureGraph } from './fixture-graph.js';

/** Options of {@link defineTextContract}. */
export interface TextContractOptions {
  /** Time allowed to open a store and load the fixture. */
  hookTimeoutMs?: number | undefined;
  /** Runs of each property (a store behind a server answers more slowly). */
  numRuns?: number | undefined;
}

const RRG = 'riverton-reducing-reoffending-group';
const SRP = 'safer-riverton-partnership';

/** Declares the text contract for one store; `makeStore` gives a new open store each call. */
export function defineTextContract(name: string, makeStore: () => Promise<GraphStore>, options: TextContractOptions = {}): void {
  const hookTimeout = options.hookTimeoutMs ?? 60_000;
  const numRuns = options.numRuns ?? 40;

  describe(`text at the write boundary: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await makeStore();
      await store.replaceAll(fixtureGraph());
    }, hookTimeout);

    afterAll(async () => {
      await store?.close();
    }, hookTimeout);

    /** Asserts that `changes` is refused for breaking the text rule `rule`, and that the store still holds what it held before. */
    async function expectRefused(changes: Parameters<GraphStore['apply']>[0], rule: TextProblemCode): Promise<void> {
      const before = await store.stats();
      const error = await expectCode(store.apply(changes), 'INVALID_INPUT');
      expect((error.details?.['problems'] as Problem[]).map((p) => p.code)).toContain(rule);
      expect(await store.stats()).toEqual(before);
      for (const entity of changes.upsertEntities ?? []) {
        if (typeof entity.id === 'string') expect(await store.getEntity(entity.id)).toBeNull();
      }
      for (const link of changes.upsertLinks ?? []) {
        if (typeof link.id === 'string') expect(await store.getLink(link.id)).toBeNull();
      }
    }

    it('refuses a lone surrogate, a NUL, a control or a bidi override anywhere in an entity', async () => {
      await expectRefused({ upsertEntities: [newFixtureBody('text-lone-surrogate', 'a\ud800b')] }, 'malformed-unicode');
      await expectRefused({ upsertEntities: [newFixtureBody('text-nul', 'a\u0000b')] }, 'control-character');
      await expectRefused({ upsertEntities: [newFixtureBody('text-escape', 'ok', { description: 'bell \u0007' })] }, 'control-character');
      await expectRefused({ upsertEntities: [newFixtureBody('text-bidi', 'ok', { aliases: ['abc\u202Edef'] })] }, 'bidi-control');
      await expectRefused({ upsertEntities: [newFixtureBody('text-attribute', 'ok', { attributes: { bodyType: 'sub-group', note: 'x\udfff' } })] }, 'malformed-unicode');
      await expectRefused({ upsertEntities: [newFixtureBody('text-long', 'x'.repeat(20_001))] }, 'too-long');
    });

    it('refuses entity ids that are not kebab-case or hold invisible characters', async () => {
      await expectRefused({ upsertEntities: [newFixtureBody('text\u0000nul', 'ok')] }, 'control-character');
      await expectRefused({ upsertEntities: [newFixtureBody('text\u202Ebidi', 'ok')] }, 'bidi-control');
      await expectRefused({ upsertEntities: [newFixtureBody('Text Upper', 'ok')] }, 'invisible-character');
      await expectRefused({ upsertEntities: [newFixtureBody('x'.repeat(201), 'ok')] }, 'too-long');
    });

    it('refuses a NUL or control in a link id, and a link id that names another pair (squatting)', async () => {
      await expectRefused({ upsertLinks: [newFixtureLink('LINKS_TO', RRG, SRP, { id: 'LINKS_TO:x\u0000->y' })] }, 'control-character');
      await expectRefused({ upsertLinks: [newFixtureLink('LINKS_TO', RRG, SRP, { id: `${lid('LINKS_TO', RRG, SRP)}#a\u0000b` })] }, 'control-character');
      await expectRefused({ upsertLinks: [newFixtureLink('LINKS_TO', RRG, SRP, { id: 'chosen id with spaces' })] }, 'invisible-character');
      // The id the genuine LINKS_TO link from SRP to RRG would get, taken by a link the other way.
      await expectRefused({ upsertLinks: [newFixtureLink('LINKS_TO', RRG, SRP, { id: lid('LINKS_TO', SRP, RRG) })] }, 'link-id-mismatch');
      await expectRefused({ upsertLinks: [newFixtureLink('LINKS_TO', RRG, SRP, { id: lid('OVERSEES', RRG, SRP) })] }, 'link-id-mismatch');
      // ...so the genuine link can always be created under its own id.
      await store.apply({ upsertLinks: [newFixtureLink('LINKS_TO', SRP, RRG)] });
      expect((await store.getLink(lid('LINKS_TO', SRP, RRG)))?.from).toBe(SRP);
      await store.apply({ deleteLinkIds: [lid('LINKS_TO', SRP, RRG)] });
    });

    it('refuses a Source url that is not http(s)', async () => {
      const source = (url: string): Entity => ({
        id: 'text-source',
        kind: 'Source',
        name: 'A web page',
        names: [{ name: 'A web page', sources: [] }],
        aliases: [],
        status: 'in-force',
        confidence: 'stated',
        sources: [],
        attributes: { sourceType: 'web-page', url },
      });
      await expectRefused({ upsertEntities: [source('javascript:alert(document.domain)')] }, 'url-scheme');
      await expectRefused({ upsertEntities: [source('data:text/html,<script>alert(1)</script>')] }, 'url-scheme');
      await store.apply({ upsertEntities: [source('https://example.org/minutes')] });
      expect((await store.getEntity('text-source'))?.attributes['url']).toBe('https://example.org/minutes');
      await store.apply({ deleteEntityIds: ['text-source'] });
    });

    it('refuses a whole graph with one bad fact and keeps the graph it had', async () => {
      const before = sortedGraph(await store.snapshot());
      const bad = fixtureGraph();
      bad.links.push(newFixtureLink('LINKS_TO', RRG, SRP, { id: 'LINKS_TO:a->b' }));
      bad.entities.push(newFixtureBody('text-replace', 'z\ud83d'));
      const error = await expectCode(store.replaceAll(bad), 'INVALID_INPUT');
      // The bad name twice (as the name and in the name history), and the squatting link.
      expect(error.details?.['problems']).toHaveLength(3);
      expect(sortedGraph(await store.snapshot())).toEqual(before);
    });

    it('accepts exactly the text the rules accept, and gives it back with the version it was written with', async () => {
      const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom('a\ud800b', '🚀 émigré Ærø 日本', 'e\u0301', 'שלום\u200F', 'x\u0000'));
      let run = 0;
      await fc.assert(
        fc.asyncProperty(anyText, anyText, async (name, note) => {
          const id = `text-property-${run++}`;
          const body = newFixtureBody(id, name, { note });
          const allowed = checkText(name) === undefined && checkText(note) === undefined;
          if (!allowed) {
            await expectCode(store.apply({ upsertEntities: [body] }), 'INVALID_INPUT');
            expect(await store.getEntity(id)).toBeNull();
            return;
          }
          await store.apply({ upsertEntities: [body], upsertLinks: [newFixtureLink('SUB_GROUP_OF', id, SRP, { note })] });
          const read = await store.getEntity(id);
          expect(read).toEqual(body);
          expect(factVersion(read!)).toBe(factVersion(body));
          const link = (await store.getLink(lid('SUB_GROUP_OF', id, SRP))) as Link;
          expect(link.note).toBe(note);
          // The next edit, expecting the version just written, goes through: no phantom CONFLICT.
          await store.apply(
            { upsertEntities: [{ ...body, description: 'edited' }] },
            { expect: [{ target: 'entity', id, version: factVersion(body) }] },
          );
          await store.apply({ deleteLinkIds: [link.id], deleteEntityIds: [id] });
        }),
        { numRuns },
      );
    }, 120_000);
  });
}
