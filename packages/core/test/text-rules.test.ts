import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LINK_KINDS,
  MAX_ID_LENGTH,
  MAX_TEXT_LENGTH,
  checkEntityId,
  checkIdText,
  checkLinkId,
  checkText,
  checkUrl,
  defaultLinkId,
  entityInputSchema,
  entityTextProblems,
  linkInputSchema,
  linkTextProblems,
  type Entity,
  type Link,
} from '../src/index.js';

/** Any UTF-16 code units at all, lone surrogates, NUL and controls included. */
const anyCodeUnits = fc.string({ unit: 'binary', maxLength: 40 });
const kebab = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const linkKind = fc.constantFrom(...LINK_KINDS);

/**
 * An independent reading of the free-text rule, code point by code point, so the property below
 * checks the regular expressions against the rule as written in words.
 */
function textAllowed(text: string): boolean {
  if (text.length === 0 || text.length > MAX_TEXT_LENGTH) return false;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) return false; // a surrogate left alone by the iterator
    if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f)) return false;
    if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return false;
  }
  return true;
}

describe('free text', () => {
  it('is accepted exactly when it is well-formed, free of controls and bidi overrides, and within the cap', () => {
    fc.assert(
      fc.property(fc.oneof(anyCodeUnits, fc.string({ unit: 'grapheme', maxLength: 20 })), (text) => {
        expect(checkText(text) === undefined).toBe(textAllowed(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('that is accepted survives UTF-8 (what Neo4j and every file store) unchanged', () => {
    fc.assert(
      fc.property(anyCodeUnits, (text) => {
        if (checkText(text) !== undefined) return;
        expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('with a lone surrogate anywhere is malformed-unicode', () => {
    const lone = fc.oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff })).map((c) => String.fromCharCode(c));
    const safe = fc.string({ unit: 'grapheme-ascii', maxLength: 10 });
    fc.assert(
      fc.property(safe, lone, safe, (before, surrogate, after) => {
        expect(checkText(`${before}${surrogate}${after}`)?.code).toBe('malformed-unicode');
      }),
    );
    expect(checkText('a\ud800b')?.code).toBe('malformed-unicode');
    expect(checkText('a😀b')).toBeUndefined();
  });

  it('names what is wrong by code', () => {
    expect(checkText('a\u0000b')?.code).toBe('control-character');
    expect(checkText('a\u001bb')?.code).toBe('control-character');
    expect(checkText('a\u0085b')?.code).toBe('control-character');
    expect(checkText('line\nbreak\ttab\r\n')).toBeUndefined();
    expect(checkText('abc\u202Edef')?.code).toBe('bidi-control');
    expect(checkText('abc\u2067def')?.code).toBe('bidi-control');
    expect(checkText('שלום \u200F marks stay')).toBeUndefined();
    expect(checkText('')?.code).toBe('empty');
    expect(checkText('x'.repeat(MAX_TEXT_LENGTH))).toBeUndefined();
    expect(checkText('x'.repeat(MAX_TEXT_LENGTH + 1))?.code).toBe('too-long');
  });
});

describe('ids', () => {
  it('hold no controls, bidi controls, spaces or invisible characters, and are capped', () => {
    expect(checkIdText('plain-id_1.x')).toBeUndefined();
    expect(checkIdText('émigré-日本')).toBeUndefined();
    expect(checkIdText('a\u0000b')?.code).toBe('control-character');
    expect(checkIdText('a\tb')?.code).toBe('control-character');
    expect(checkIdText('a\u202Eb')?.code).toBe('bidi-control');
    expect(checkIdText('a b')?.code).toBe('invisible-character');
    expect(checkIdText('a\u200Bb')?.code).toBe('invisible-character');
    expect(checkIdText('a\uFEFFb')?.code).toBe('invisible-character');
    expect(checkIdText('a\udc00')?.code).toBe('malformed-unicode');
    expect(checkIdText('x'.repeat(MAX_ID_LENGTH + 1))?.code).toBe('too-long');
  });

  it('accepted by checkIdText are also accepted as free text', () => {
    fc.assert(
      fc.property(anyCodeUnits, (id) => {
        if (checkIdText(id) === undefined) expect(checkText(id)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('of entities are kebab-case', () => {
    expect(checkEntityId('safer-sefton-together')).toBeUndefined();
    expect(checkEntityId('Safer')?.code).toBe('id-format');
    expect(checkEntityId('a->b')?.code).toBe('id-format');
    expect(checkEntityId('a\u0000')?.code).toBe('control-character');
  });
});

describe('link ids', () => {
  it('cannot take the derived id of another kind or pair of ends (no squatting)', () => {
    fc.assert(
      fc.property(linkKind, kebab, kebab, linkKind, kebab, kebab, fc.option(kebab, { nil: undefined }), (kind, from, to, otherKind, otherFrom, otherTo, key) => {
        const genuine = defaultLinkId({ kind, from, to, key });
        const squatter = { id: genuine, kind: otherKind, from: otherFrom, to: otherTo };
        const same = kind === otherKind && from === otherFrom && to === otherTo;
        expect(checkLinkId(squatter) === undefined).toBe(same);
        if (!same) expect(checkLinkId(squatter)?.code).toBe('link-id-mismatch');
        expect(checkLinkId({ id: genuine, kind, from, to })).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('chosen freely may not use the reserved KIND: form, and follow the id rules', () => {
    const link = { kind: 'OVERSEES' as const, from: 'a', to: 'b' };
    expect(checkLinkId({ ...link, id: 'oversight-1' })).toBeUndefined();
    expect(checkLinkId({ ...link, id: 'OVERSEES:a->b#2012' })).toBeUndefined();
    expect(checkLinkId({ ...link, id: 'OVERSEES:a->b#' })?.code).toBe('empty');
    expect(checkLinkId({ ...link, id: 'OVERSEES:a->b#x\u0000' })?.code).toBe('control-character');
    expect(checkLinkId({ ...link, id: 'LEADS:a->b' })?.code).toBe('link-id-mismatch');
    expect(checkLinkId({ ...link, id: 'OVERSEES:c->d' })?.code).toBe('link-id-mismatch');
    expect(checkLinkId({ ...link, id: 'bad\u0000id' })?.code).toBe('control-character');
  });

  it('are checked by the link schema, with or without a key', () => {
    const base = { kind: 'OVERSEES', from: 'a', to: 'b', status: 'in-force', confidence: 'stated', sources: [] };
    const issues = (input: object) => linkInputSchema.safeParse(input).error?.issues.map((i) => (i as { params?: { textRule?: string } }).params?.textRule ?? i.code);
    expect(linkInputSchema.safeParse({ ...base, id: 'OVERSEES:c->d' }).success).toBe(false);
    expect(issues({ ...base, id: 'OVERSEES:c->d' })).toEqual(['link-id-mismatch']);
    expect(issues({ ...base, id: 'other', key: 'k' })).toEqual(['link-id-mismatch']);
    expect(linkInputSchema.safeParse({ ...base, id: 'OVERSEES:a->b#k', key: 'k' }).success).toBe(true);
    expect(linkInputSchema.safeParse({ ...base, key: 'k' }).success).toBe(true);
    expect(issues({ ...base, key: 'a\u0000' })).toEqual(['control-character']);
  });
});

describe('URLs', () => {
  it('are http(s) only', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(checkUrl(url)).toBeUndefined();
      }),
    );
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', 'ftp://example.org/']) {
      expect(checkUrl(url)?.code).toBe('url-scheme');
    }
    expect(checkUrl('/relative/path')?.code).toBe('url-scheme');
    expect(checkUrl('https://example.org/a\u0000')?.code).toBe('control-character');
  });

  it('are checked by the Source schema', () => {
    const source = { id: 'src', kind: 'Source', name: 'S', sourceType: 'report', status: 'in-force', confidence: 'stated' };
    expect(entityInputSchema.safeParse({ ...source, url: 'https://example.org/' }).success).toBe(true);
    const refused = entityInputSchema.safeParse({ ...source, url: 'javascript:alert(1)' });
    expect(refused.error?.issues.map((i) => (i as { params?: { textRule?: string } }).params?.textRule)).toEqual(['url-scheme']);
  });
});

describe('whole facts', () => {
  const entity: Entity = {
    id: 'a-body',
    kind: 'Body',
    name: 'A body',
    names: [{ name: 'A body', sources: [] }],
    aliases: ['AB'],
    status: 'in-force',
    confidence: 'stated',
    sources: [{ source: 'src', item: '1', quote: 'words' }],
    attributes: { bodyType: 'board', requiredOutputs: [{ id: 'plan-1', name: 'Plan' }] },
  };
  const link: Link = { id: 'OVERSEES:a-body->a-duty', kind: 'OVERSEES', from: 'a-body', to: 'a-duty', status: 'in-force', confidence: 'stated', sources: [] };

  it('pass when every string follows its rule', () => {
    expect(entityTextProblems(entity)).toEqual([]);
    expect(linkTextProblems(link)).toEqual([]);
  });

  it('report a bad string wherever it sits, with its path and code', () => {
    // Every string of the entity, one at a time, given a NUL: the problem is found at that path.
    const paths: (string | number)[][] = [['id'], ['name'], ['names', 0, 'name'], ['aliases', 0], ['sources', 0, 'source'], ['sources', 0, 'quote'], ['attributes', 'requiredOutputs', 0, 'name']];
    for (const path of paths) {
      const copy = structuredClone(entity) as unknown as Record<string | number, unknown>;
      let holder = copy;
      for (const segment of path.slice(0, -1)) holder = holder[segment] as Record<string | number, unknown>;
      holder[path.at(-1)!] = `${String(holder[path.at(-1)!])}\u0000`;
      expect(entityTextProblems(copy).map((p) => [p.path, p.code])).toEqual([[path, 'control-character']]);
    }
    expect(entityTextProblems({ ...entity, attributes: { ['bad\u202Ekey']: 'x' } }).map((p) => p.code)).toEqual(['bidi-control']);
    expect(entityTextProblems({ ...entity, kind: 'Source', attributes: { url: 'javascript:alert(1)' } }).map((p) => p.code)).toEqual(['url-scheme']);
    expect(linkTextProblems({ ...link, id: 'OVERSEES:x->y' }).map((p) => [p.path, p.code])).toEqual([[['id'], 'link-id-mismatch']]);
    expect(linkTextProblems({ ...link, from: 'A\u0000' }).map((p) => p.code)).toEqual(['control-character', 'link-id-mismatch']);
  });
});
