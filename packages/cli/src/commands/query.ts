/**
 * `govgraph query`: runs one GraphQL operation in-process against the store (no server) and
 * prints the JSON result: the same schema, limits and error codes as the HTTP API.
 * `--as-of DATE` answers "as of that day": it is passed as the variable `$asOf` (unless --vars sets
 * one) and is the day every omitted `asOf` argument means, instead of today.
 */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { GovgraphError, isIsoDay } from '@govgraph/core';
import { createGovgraphContext, createGovgraphServer } from '@govgraph/graphql';
import { EXIT } from '../program.js';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';

interface QueryOptions extends StoreCliOptions {
  file?: string | undefined;
  vars?: string | undefined;
  asOf?: string | undefined;
  operation?: string | undefined;
}

/** Parses --vars: a JSON object. */
export function parseVariables(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GovgraphError('INVALID_INPUT', `--vars is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GovgraphError('INVALID_INPUT', '--vars must be a JSON object, e.g. \'{"duty":"prevent"}\'');
  }
  return value as Record<string, unknown>;
}

async function readDocument(inline: string | undefined, file: string | undefined): Promise<string> {
  if (inline !== undefined && file !== undefined) throw new GovgraphError('INVALID_INPUT', 'give the operation either as an argument or with --file, not both');
  if (file !== undefined) {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      throw new GovgraphError('INVALID_INPUT', `cannot read --file ${file}: ${(error as Error).message}`);
    }
  }
  if (inline === undefined || inline.trim() === '') {
    throw new GovgraphError('INVALID_INPUT', 'no GraphQL operation: pass one, e.g. govgraph query \'{ entity(id: "prevent") { name } }\', or use --file');
  }
  return inline;
}

/** Registers `govgraph query`. */
export function registerQueryCommand(program: Command): void {
  const command = program
    .command('query')
    .description('run a GraphQL operation against the store in-process and print the JSON result (exit 1 when it has errors)')
    .argument('[graphql]', 'the operation, e.g. \'{ search(text: "SSCP") { entity { name } current { name } } }\'')
    .addOption(new Option('--file <path>', 'read the operation from a file instead'))
    .addOption(new Option('--vars <json>', 'variables as a JSON object, e.g. \'{"duty":"prevent"}\''))
    .addOption(
      new Option('--as-of <date>', 'answer as of this day (YYYY-MM-DD): sets $asOf unless --vars does, and every omitted asOf argument'),
    )
    .addOption(new Option('--operation <name>', 'which named operation to run when the document has several'));
  addStoreOptions(command).action(async (inline: string | undefined, options: QueryOptions) => {
    const query = await readDocument(inline, options.file);
    const variables = parseVariables(options.vars);
    if (options.asOf !== undefined) {
      if (!isIsoDay(options.asOf)) throw new GovgraphError('INVALID_INPUT', `--as-of must be a day as YYYY-MM-DD, got "${options.asOf}"`);
      if (!('asOf' in variables)) variables['asOf'] = options.asOf;
    }
    const store = await openStore(options);
    const server = createGovgraphServer({ store });
    try {
      await server.start();
      const response = await server.executeOperation(
        { query, variables, operationName: options.operation },
        { contextValue: createGovgraphContext(store, { defaultAsOf: options.asOf }) },
      );
      if (response.body.kind !== 'single') throw new GovgraphError('INVALID_INPUT', 'incremental delivery (@defer/@stream) is not supported by govgraph query');
      const result = response.body.singleResult;
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      if (result.errors && result.errors.length > 0) process.exitCode = EXIT.problems;
    } finally {
      await server.stop();
      await store.close();
    }
  });
}
