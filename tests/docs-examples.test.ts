/**
 * The GraphQL the documentation shows is GraphQL the API accepts. Every ```graphql block of
 * README.md and docs/*.md is parsed, and each operation in it is validated against the schema on
 * its own (a block may list several operations to paste one at a time). Every block followed by a
 * ```json block (the README's answers) is run on the shipped seeds, as `govgraph query` runs it,
 * and must give exactly that answer. So a renamed field, a changed seed fact or a moved date fails
 * here instead of surprising a reader. No network and no Neo4j: the memory store, in-process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { GraphStore } from '@govgraph/core';
import { createGovgraphContext, createGovgraphServer, createSchema } from '@govgraph/graphql';
import { loadSeedGraph } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';

/**
 * graphql-js as the schema's own modules load it (CommonJS, through Node): vite would give this file
 * the ESM build, and graphql-js refuses a schema made by the other copy.
 */
const { Kind, parse, print, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const root = fileURLToPath(new URL('..', import.meta.url));

/** One fenced code block of a Markdown file. */
interface CodeBlock {
  file: string;
  /** 1-based line of the opening fence, for the failure message. */
  line: number;
  /** 1-based line of the closing fence. */
  endLine: number;
  /** The lines after the closing fence, up to the next block (or the end of the file). */
  after: string[];
  language: string;
  text: string;
}

/** The fenced blocks of a Markdown file in order (fences may be indented, as inside list items). */
function codeBlocks(file: string): CodeBlock[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  let open: { line: number; language: string; indent: number; body: string[] } | null = null;
  lines.forEach((line, index) => {
    const fence = /^( *)```\s*([\w-]*)\s*$/.exec(line);
    if (open === null) {
      if (fence) open = { line: index + 1, language: fence[2]!, indent: fence[1]!.length, body: [] };
    } else if (fence && fence[2] === '') {
      blocks.push({ file, line: open.line, endLine: index + 1, after: [], language: open.language, text: open.body.join('\n') });
      open = null;
    } else {
      open.body.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
    }
  });
  blocks.forEach((block, i) => {
    block.after = lines.slice(block.endLine, (blocks[i + 1]?.line ?? lines.length + 1) - 1);
  });
  if (open !== null) throw new Error(`${file}: the code block opened at line ${(open as { line: number }).line} is never closed`);
  return blocks;
}

/** Each operation of a document as a document of its own, with the document's fragments. */
function eachOperation(document: DocumentNode): DocumentNode[] {
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return document.definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }));
}

const markdownFiles = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const allBlocks = markdownFiles.flatMap(codeBlocks);
const graphqlBlocks = allBlocks.filter((b) => b.language === 'graphql');
/**
 * A graphql block and a json block with nothing but blank lines and HTML tags between them (the
 * README's `<details><summary>Output</summary>`): a question and its printed answer. A json block after prose is an illustration, not an answer.
 */
const answered = allBlocks.flatMap((block, i) => {
  const next = allBlocks[i + 1];
  const adjacent = block.after.every((line) => /^\s*(<[^>]*>\s*)*$/.test(line.replace(/<summary>[^<]*<\/summary>/g, '')));
  return block.language === 'graphql' && next?.file === block.file && next.language === 'json' && adjacent ? [{ question: block, answer: next }] : [];
});

describe('the GraphQL examples of README.md and docs/*.md', () => {
  let store: GraphStore;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const seeds = await loadSeedGraph();
    store = createMemoryStore();
    await store.replaceAll(seeds);
    schema = createSchema(store);
  });
  afterAll(async () => {
    await store.close();
  });

  it('finds the examples: the README and the GraphQL guide show GraphQL, and the README its five answers', () => {
    const files = new Set(graphqlBlocks.map((b) => b.file));
    expect(files).toContain('README.md');
    expect(files).toContain('docs/graphql.md');
    expect(answered.filter((a) => a.question.file === 'README.md')).toHaveLength(5);
  });

  it.each(graphqlBlocks.map((b) => [`${b.file}:${b.line}`, b] as const))('%s parses and every operation in it validates', (_, block) => {
    const operations = eachOperation(parse(block.text));
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      const errors = validate(schema, operation).map((e) => e.message);
      expect({ operation: print(operation).split('\n')[0], errors }).toEqual({ operation: print(operation).split('\n')[0], errors: [] });
    }
  });

  it.each(answered.map((a) => [`${a.question.file}:${a.question.line}`, a] as const))('%s gives exactly the answer printed after it', async (_, { question, answer }) => {
    const server = createGovgraphServer({ store });
    await server.start();
    try {
      const response = await server.executeOperation({ query: question.text }, { contextValue: createGovgraphContext(store) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(JSON.parse(JSON.stringify(response.body.singleResult))).toEqual(JSON.parse(answer.text));
    } finally {
      await server.stop();
    }
  });
});
