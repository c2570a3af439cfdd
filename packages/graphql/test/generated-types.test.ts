/**
 * The resolver types in `src/generated/graphql-types.ts` are generated from the SDL (`pnpm codegen`,
 * packages/graphql/codegen/config.ts) and committed; this fails when the SDL, an enum's values or
 * the mappings changed and the file was not regenerated.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES_FILE, generateTypes } from '../codegen/config.js';

describe('generated resolver types', () => {
  it('are what codegen makes from the SDL today (run `pnpm codegen` after changing schema/)', async () => {
    const committed = await readFile(GENERATED_TYPES_FILE, 'utf8');
    expect(committed === (await generateTypes()), 'src/generated/graphql-types.ts is stale: run `pnpm codegen`').toBe(true);
  }, 120_000);

  it('type each enum by the values resolvers see, and every mapped type by its core object', async () => {
    const generated = await generateTypes();
    const status = generated.slice(generated.indexOf('export type Status ='), generated.indexOf('export type StrategyType ='));
    expect(status).toContain("| 'in-force'");
    expect(status).not.toContain('IN_FORCE');
    expect(generated).not.toMatch(/^ {2}\w+: null;$/m);
    expect(generated).toContain("import type { GovgraphContext } from '../context.js';");
    expect(generated).toMatch(/ {2}Entity: ResolverTypeWrapper<EntityModel>;/);
  }, 120_000);
});
