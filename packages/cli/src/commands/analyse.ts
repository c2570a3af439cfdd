/**
 * `govgraph analyse <analysis>`: each governance analysis on its own, as text lines or JSON:
 * person-links, points-of-failure, centrality, gaps, what-if and changes.
 */
import { Option, type Command } from 'commander';
import { GovgraphError, capitalised, entityKindLabel, linkKindLabel, statusLabel, type GraphStore } from '@govgraph/core';
import {
  centrality,
  changes,
  gaps,
  personDependentLinks,
  singlePointsOfFailure,
  whatIf,
  type AnalyticsOptions,
} from '@govgraph/analytics';
import { resolveDayOption, resolveEntityOption } from '../entity-options.js';
import { addStoreOptions, type StoreCliOptions } from '../store-options.js';
import { parseDayOption, withStore, writeOutput } from './report.js';

/** Options every analysis takes. */
interface AnalyseCliOptions extends StoreCliOptions {
  asOf?: string | undefined;
  area?: string | undefined;
  focus?: string | undefined;
  format: 'text' | 'json';
  out?: string | undefined;
}

/** One analysis: its result and how each result reads as one line (names and words, no ids: `--format json` has the ids). */
interface Analysis<T> {
  run(store: GraphStore, scope: AnalyticsOptions): Promise<T[]>;
  line(result: T): string;
}

function addScopeOptions(command: Command): Command {
  command
    .option('--as-of <date>', 'the day asked about, YYYY-MM-DD (default: the latest day the data covers; stderr says which)')
    .option('--area <area>', 'only facts of this partnership area (national facts always count), e.g. sefton')
    .option('--focus <name or id>', 'keep results touching this body or the bodies answering to it, by name, former name, alias or id, e.g. "Safer Sefton Together"')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--out <file>', 'write to this file instead of standard output');
  return addStoreOptions(command);
}

function parsePositive(name: string, text: string): number {
  if (!/^[1-9]\d*$/.test(text)) throw new GovgraphError('INVALID_INPUT', `--${name} must be a whole number above 0, got "${text}"`);
  return Number(text);
}

function action<T, O extends AnalyseCliOptions>(analysis: (options: O) => Analysis<T>) {
  return async (options: O): Promise<void> => {
    if (options.asOf !== undefined) parseDayOption('as-of', options.asOf);
    const { run, line } = analysis(options);
    const results = await withStore(options, async (store) => {
      const focus = options.focus === undefined ? undefined : await resolveEntityOption(store, 'focus', options.focus, { area: options.area });
      const asOf = await resolveDayOption(store, options.asOf, options.area ?? focus?.area);
      return run(store, { asOf, area: options.area, focus: focus?.id });
    });
    const text = options.format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : results.map((r) => `${line(r)}\n`).join('');
    await writeOutput(text, options.out, 'analysis');
  };
}

/** Adds `govgraph analyse` and its sub-commands. */
export function registerAnalyseCommand(program: Command): void {
  const analyse = program
    .command('analyse')
    .description('run one governance analysis as of a day: person-links, points-of-failure, centrality, gaps, what-if, changes');

  addScopeOptions(
    analyse
      .command('person-links')
      .description('pairs of bodies whose working connection rests on one person (or a few) who sits on both')
      .option('--max-people <n>', 'most people a link may rest on and still be listed', '1')
      .option('--only-person-only', 'only pairs with no structural path at all between them')
      .option('--max-structural-hops <n>', 'longest structural path that counts as joining the pair', '2'),
  ).action(
    action((o: AnalyseCliOptions & { maxPeople: string; onlyPersonOnly?: boolean; maxStructuralHops: string }) => ({
      run: (store, scope) =>
        personDependentLinks(store, {
          ...scope,
          maxPeople: parsePositive('max-people', o.maxPeople),
          maxStructuralHops: parsePositive('max-structural-hops', o.maxStructuralHops),
          onlyPersonOnly: o.onlyPersonOnly === true,
        }),
      line: (p) => `${p.bodies[0].name} <-> ${p.bodies[1].name}  ${p.people.map((x) => x.person.name).join(', ')}  [${p.basis}, ${statusLabel(p.status)}]  ${p.explanation}`,
    })),
  );

  addScopeOptions(
    analyse.command('points-of-failure').description('people whose departure cuts a reporting line, leaves a body empty or disconnects two bodies'),
  ).action(
    action(() => ({
      run: (store, scope) => singlePointsOfFailure(store, scope),
      line: (s) => `${s.person.name}  ${s.kind}  ${s.explanation}`,
    })),
  );

  addScopeOptions(
    analyse
      .command('centrality')
      .description('betweenness and degree centrality of people, bodies and organisations (graphology)')
      .option('--limit <n>', 'most results', '20'),
  ).action(
    action((o: AnalyseCliOptions & { limit: string }) => ({
      run: (store, scope) => centrality(store, { ...scope, limit: parsePositive('limit', o.limit) }),
      line: (c) => `${c.betweenness.toFixed(4)}  ${c.degree.toFixed(4)}  ${capitalised(entityKindLabel(c.entity.kind)).padEnd(28)} ${c.entity.name}`,
    })),
  );

  addScopeOptions(
    analyse
      .command('gaps')
      .description('duties without oversight, strategies without owner, overdue outputs, membership and quorum, benchmarks below threshold'),
  ).action(
    action(() => ({
      run: (store, scope) => gaps(store, scope),
      line: (f) => `${f.severity.toUpperCase().padEnd(6)} ${f.title}  ${f.explanation}`,
    })),
  );

  addScopeOptions(
    analyse
      .command('what-if')
      .description('what breaks if a body is dissolved or a person leaves: duties losing oversight, broken links, strategies losing owner')
      .option('--remove-body <name or id>', 'the body (or organisation) to take away, by name, former name, alias or id, e.g. "Prevent sub-group"')
      .option('--remove-person <name or id>', 'the person to take away, by name, alias or id, e.g. "Chris White"'),
  ).action(
    action((o: AnalyseCliOptions & { removeBody?: string; removePerson?: string }) => {
      if ((o.removeBody === undefined) === (o.removePerson === undefined)) {
        throw new GovgraphError('INVALID_INPUT', 'what-if needs exactly one of --remove-body or --remove-person');
      }
      // The names of the broken links' ends, read while the store is open, for the text lines.
      let names = new Map<string, string>();
      return {
        run: async (store, scope) => {
          const scenario =
            o.removeBody !== undefined
              ? { removeBody: (await resolveEntityOption(store, 'remove-body', o.removeBody, { kinds: ['Body', 'Organisation'], area: scope.area })).id }
              : { removePerson: (await resolveEntityOption(store, 'remove-person', o.removePerson!, { kinds: ['Person'], area: scope.area })).id };
          const result = await whatIf(store, scenario, scope);
          const snapshot = await store.getEntities([...new Set(result.brokenLinks.flatMap((l) => [l.from, l.to]))]);
          names = new Map(snapshot.filter((e) => e !== null).map((e) => [e!.id, e!.name]));
          return [result];
        },
        line: (r) =>
          [
            `Removing ${r.removed.name} as of ${r.asOf}:`,
            ...r.duties.map((d) => `  ${d.duty.name}: ${d.explanation}`),
            ...r.strategiesLosingOwner.map((s) => `  ${s.strategy.name} loses its owner`),
            ...r.personDependentLinks.map((p) => `  person-dependent link lost: ${p.bodies[0].name} <-> ${p.bodies[1].name}`),
            ...r.singlePointsOfFailure.map((s) => `  ${s.kind}: ${s.explanation}`),
            `  ${r.brokenLinks.length} links break${r.brokenLinks.length > 0 ? ':' : ''}`,
            ...r.brokenLinks.map((l) => `    ${names.get(l.from) ?? l.from} ${linkKindLabel(l.kind)}${l.role ? ` (${l.role})` : ''} ${names.get(l.to) ?? l.to}`),
          ].join('\n'),
      };
    }),
  );

  addScopeOptions(
    analyse
      .command('changes')
      .description('what was created, renamed, merged, ended or re-linked between two days')
      .requiredOption('--from <date>', 'start of the window, YYYY-MM-DD (exclusive)')
      .requiredOption('--to <date>', 'end of the window, YYYY-MM-DD (inclusive); the focus family is taken as of this day, --as-of is not used')
      .option('--include-first-seen', 'also list starts only known as "first seen by" a day'),
  ).action(
    action((o: AnalyseCliOptions & { from: string; to: string; includeFirstSeen?: boolean }) => ({
      run: (store, scope) =>
        changes(store, {
          from: parseDayOption('from', o.from),
          to: parseDayOption('to', o.to),
          area: scope.area,
          focus: scope.focus,
          includeFirstSeen: o.includeFirstSeen === true,
        }),
      line: (c) => `${c.day}  ${c.kind.replace(/-/g, ' ').padEnd(12)} ${c.description}${c.certain ? '' : '  (date uncertain)'}  [${statusLabel(c.status)}]`,
    })),
  );
}
