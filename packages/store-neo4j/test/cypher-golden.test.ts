/**
 * Golden tests of the Neo4j store's Cypher, with no database (as neo4j/graphql's TCK pins its
 * translation): each operation goes in through its builder in `statements.ts` (or
 * `audited-write.ts`), and the statement text must equal the reviewed file in `golden/` while the
 * parameters must equal the object written here. Every input value is hostile-looking text, so the
 * tests also prove that input travels only as parameters: no input string appears in any
 * statement's text, and every one appears among its parameters. Link and entity kinds and hop
 * counts are the only things written into the text, and only from the fixed vocabulary.
 *
 * A change to a statement fails here first; review the new text, then update the golden files
 * with `pnpm vitest run packages/store-neo4j/test/cypher-golden.test.ts -u`.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  checkAsOfOptions,
  checkAuditLogQuery,
  checkLinksOfOptions,
  checkPathOptions,
  checkSearchOptions,
  checkSnapshotOptions,
  checkSubgraphOptions,
  isGovgraphError,
  normaliseSearchText,
  ENTITY_KINDS,
  LINK_KINDS,
  type AuditChange,
  type Entity,
  type Link,
} from '@govgraph/core';
import { AUDIT_MIGRATION_STATEMENTS, LOCK_WRITES, NEWEST_AUDIT_SEQUENCE, appendAuditEntryStatement, auditLogStatement } from '../src/audited-write.js';
import {
  COUNT_ENTITIES,
  COUNT_LINKS,
  MIGRATION_STATEMENTS,
  PREPARE_FOR_REPLANNING,
  RESAMPLE_OUTDATED_INDEXES,
  SCHEMA_NAMES,
  whitelistEntityKind,
  whitelistLinkKinds,
} from '../src/cypher.js';
import { entityToProperties, linkToProperties, withoutNulls } from '../src/encoding.js';
import {
  clearStagedAndRetiredStatement,
  compareStagedWithLiveStatements,
  stageEntitiesStatements,
  stageLinksStatements,
  switchStatements,
  deleteEntitiesStatement,
  deleteLinksStatement,
  entitiesByIdStatement,
  entityCountsStatement,
  lineageStatements,
  linksAmongStatement,
  linksByIdStatement,
  linksOfKindByIdStatement,
  linksOfStatement,
  linksTouchingStatement,
  neighboursStatement,
  oversightStatement,
  pathStepsStatement,
  searchCandidatesStatement,
  shortestPathsStatement,
  snapshotStatements,
  upsertEntitiesStatement,
  upsertLinksStatement,
  type Statement,
} from '../src/statements.js';

// Input that would break out of any string or pattern it were pasted into.
const ID = "body-1'}) DETACH DELETE n //";
const OTHER_ID = 'body-2"]->(x) SET x.pwned = true //';
const AREA = "area' OR 1=1 //";
const DAY = '2024-01-15';
const ACTOR = "clerk'}) MATCH (m) DETACH DELETE m //";

const hostileBody = (id: string): Entity => ({
  id,
  kind: 'Body',
  name: `${id} Board\` RETURN 1 //`,
  names: [{ name: `${id} Board\` RETURN 1 //`, sources: [] }],
  aliases: ['$props'],
  area: AREA,
  status: 'in-force',
  confidence: 'stated',
  sources: [{ source: 'src-$id' }],
  attributes: { bodyType: 'board' },
});

const hostileLink: Link = { id: `REPORTS_TO:${ID}->${OTHER_ID}`, kind: 'REPORTS_TO', from: ID, to: OTHER_ID, status: 'in-force', confidence: 'stated', note: '}]->() DELETE r //', sources: [] };

/** Every string anywhere inside a parameter value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object' && !neo4j.isInt(value)) return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * Checks one statement: its text equals `golden/<name>.cypher`, its parameters equal `parameters`,
 * and each of `inputs` is absent from the text and present among the parameters.
 */
async function expectStatement(name: string, statement: Statement, parameters: Record<string, unknown>, inputs: readonly string[]): Promise<void> {
  await expect(statement.text).toMatchFileSnapshot(`golden/${name}.cypher`);
  expect(statement.parameters).toEqual(parameters);
  const carried = stringsIn(statement.parameters);
  for (const input of inputs) {
    expect(statement.text, `${name}: input in the text`).not.toContain(input);
    expect(carried.some((value) => value.includes(input)), `${name}: input ${JSON.stringify(input)} not among the parameters`).toBe(true);
  }
}

describe('Cypher golden: reads', () => {
  it('entities by id, each id once', async () => {
    await expectStatement('entities-by-id', entitiesByIdStatement([ID, OTHER_ID, ID]), { ids: [ID, OTHER_ID] }, [ID, OTHER_ID]);
  });

  it('links by id, through every kind or through the kind the id names', async () => {
    await expectStatement('links-by-id', linksByIdStatement([hostileLink.id]), { ids: [hostileLink.id] }, [hostileLink.id]);
    await expectStatement('links-of-kind-by-id', linksOfKindByIdStatement('REPORTS_TO', [hostileLink.id]), { ids: [hostileLink.id] }, [hostileLink.id]);
  });

  it('linksOf with and without a day, kinds and a direction', async () => {
    await expectStatement('links-of', linksOfStatement(ID, checkLinksOfOptions({})), { id: ID, kinds: null, direction: 'both', asOf: null }, [ID]);
    await expectStatement(
      'links-of',
      linksOfStatement(ID, checkLinksOfOptions({ asOf: DAY, kinds: ['SITS_ON', 'LEADS', 'SITS_ON'], direction: 'in' })),
      { id: ID, kinds: ['SITS_ON', 'LEADS'], direction: 'in', asOf: DAY },
      [ID, DAY],
    );
  });

  it('search candidates, the text normalised and also without spaces', async () => {
    const text = normaliseSearchText("Safer Sefton' OR n.id <> '");
    await expectStatement(
      'search-candidates',
      searchCandidatesStatement(text, checkSearchOptions({ kinds: ['Body', 'Duty'], area: AREA, limit: 5 })),
      { q: text, compactQ: text.replace(/ /g, ''), kinds: ['Body', 'Duty'], area: AREA },
      [text, AREA],
    );
    await expectStatement('search-candidates', searchCandidatesStatement('prevent', checkSearchOptions({})), { q: 'prevent', compactQ: 'prevent', kinds: null, area: null }, ['prevent']);
  });

  it('lineage backwards and forwards', async () => {
    const { predecessors, successors } = lineageStatements(ID);
    await expectStatement('lineage-predecessors', predecessors, { id: ID }, [ID]);
    await expectStatement('lineage-successors', successors, { id: ID }, [ID]);
  });

  it('oversight in every area, and in one area with the bare area test', async () => {
    await expectStatement('oversight', oversightStatement(ID, checkAsOfOptions({ asOf: DAY })), { dutyId: ID, asOf: DAY, area: null }, [ID, DAY]);
    await expectStatement('oversight-in-area', oversightStatement(ID, checkAsOfOptions({ asOf: DAY, area: AREA })), { dutyId: ID, asOf: DAY, area: AREA }, [ID, DAY, AREA]);
  });

  it('whether an entity counts on a day in an area', async () => {
    await expectStatement('entity-counts', entityCountsStatement(ID, checkAsOfOptions({ asOf: DAY, area: AREA })), { asOf: DAY, area: AREA, id: ID }, [ID, DAY, AREA]);
  });

  it('path: every shortest path in one query, the kinds and hop bound in the pattern', async () => {
    const governance = checkPathOptions({ asOf: DAY, maxHops: 4 });
    await expectStatement('shortest-paths-governance', shortestPathsStatement(ID, OTHER_ID, governance, 1001), { asOf: DAY, area: null, from: ID, to: OTHER_ID, cap: neo4j.int(1001) }, [ID, OTHER_ID, DAY]);
    const chosen = checkPathOptions({ asOf: DAY, maxHops: 6, kinds: ['REPORTS_TO', 'SUB_GROUP_OF'], area: AREA, limit: 3 });
    await expectStatement('shortest-paths-chosen-kinds', shortestPathsStatement(ID, OTHER_ID, chosen, 1001), { asOf: DAY, area: AREA, from: ID, to: OTHER_ID, cap: neo4j.int(1001) }, [ID, OTHER_ID, DAY, AREA]);
  });

  it('path on a dense web: one level of steps', async () => {
    const chosen = checkPathOptions({ asOf: DAY, maxHops: 6, kinds: ['REPORTS_TO', 'SUB_GROUP_OF'], area: AREA });
    await expectStatement('path-steps', pathStepsStatement(new Set([ID, OTHER_ID]), chosen), { asOf: DAY, area: AREA, ids: [ID, OTHER_ID] }, [ID, OTHER_ID, DAY, AREA]);
  });

  it('interdependencies: one level of neighbours, then the links among the nodes reached', async () => {
    const checked = checkSubgraphOptions({ asOf: DAY, depth: 2, kinds: ['OVERSEES', 'DELIVERS'], area: AREA });
    await expectStatement('neighbours', neighboursStatement([ID], new Set([ID, OTHER_ID]), checked), { asOf: DAY, area: AREA, frontier: [ID], seen: [ID, OTHER_ID] }, [ID, OTHER_ID, DAY, AREA]);
    await expectStatement('links-among', linksAmongStatement([ID, OTHER_ID], checked), { asOf: DAY, area: AREA, ids: [ID, OTHER_ID] }, [ID, OTHER_ID, DAY, AREA]);
    const governance = checkSubgraphOptions({ asOf: DAY, depth: 1 });
    await expectStatement('neighbours-governance', neighboursStatement([ID], [], governance), { asOf: DAY, area: null, frontier: [ID], seen: [] }, [ID, DAY]);
  });

  it('snapshot of every area, and of one area through the areaKey index', async () => {
    const whole = snapshotStatements(checkSnapshotOptions({}));
    await expectStatement('snapshot-entities', whole.entities, { asOf: null, area: null }, []);
    await expectStatement('snapshot-links', whole.links, { asOf: null, area: null }, []);
    const area = snapshotStatements(checkSnapshotOptions({ asOf: DAY, area: AREA }));
    await expectStatement('snapshot-entities-in-area', area.entities, { asOf: DAY, area: AREA }, [DAY, AREA]);
    await expectStatement('snapshot-links-in-area', area.links, { asOf: DAY, area: AREA }, [DAY, AREA]);
  });

  it('the audit log oldest first and newest first, cursor and limit as integers', async () => {
    await expectStatement('audit-log-oldest-first', auditLogStatement(checkAuditLogQuery({ actor: ACTOR, factId: ID, limit: 7 })), { after: neo4j.int(0), limit: neo4j.int(7), actor: ACTOR, action: null, factId: ID }, [ACTOR, ID]);
    await expectStatement(
      'audit-log-newest-first',
      auditLogStatement(checkAuditLogQuery({ newestFirst: true, action: 'mergePeople', after: 12 })),
      { after: neo4j.int(12), limit: neo4j.int(50), actor: null, action: 'mergePeople', factId: null },
      ['mergePeople'],
    );
    expect(auditLogStatement(checkAuditLogQuery({ newestFirst: true })).parameters.after).toEqual(neo4j.int(Number.MAX_SAFE_INTEGER));
  });
});

describe('Cypher golden: writes', () => {
  it('upserts entities of one kind with their whole encoding as parameters', async () => {
    const batch = [hostileBody(ID), hostileBody(OTHER_ID)];
    await expectStatement(
      'upsert-entities-body',
      upsertEntitiesStatement('Body', batch),
      { rows: batch.map((e) => ({ id: e.id, props: entityToProperties(e) })) },
      [ID, OTHER_ID, AREA, `${ID} Board\` RETURN 1 //`, '$props', 'src-$id'],
    );
  });

  it('upserts links of one kind between live entities', async () => {
    await expectStatement(
      'upsert-links-reports-to',
      upsertLinksStatement('REPORTS_TO', [hostileLink]),
      { rows: [{ id: hostileLink.id, from: ID, to: OTHER_ID, props: linkToProperties(hostileLink) }] },
      [hostileLink.id, ID, OTHER_ID, '}]->() DELETE r //'],
    );
  });

  it('deletes links and entities, and finds the links that would stop an entity being deleted', async () => {
    await expectStatement('delete-links', deleteLinksStatement([hostileLink.id]), { ids: [hostileLink.id] }, [hostileLink.id]);
    await expectStatement('delete-entities', deleteEntitiesStatement([ID]), { ids: [ID] }, [ID]);
    await expectStatement('links-touching', linksTouchingStatement([ID, OTHER_ID]), { ids: [ID, OTHER_ID] }, [ID, OTHER_ID]);
  });

  it('appends an audit entry as one parameter map, the changed ids sorted for the factId filter', async () => {
    const changes: AuditChange[] = [
      { target: 'link', id: hostileLink.id, before: null, after: hostileLink },
      { target: 'entity', id: ID, before: null, after: hostileBody(ID) },
    ];
    const at = new Date('2024-01-15T10:00:00.000Z');
    const statement = appendAuditEntryStatement(at, { actor: ACTOR, action: 'createEntity', role: 'editor', comment: "') DETACH DELETE a //" }, changes);
    await expectStatement(
      'append-audit-entry',
      statement,
      {
        props: {
          at: '2024-01-15T10:00:00.000Z',
          actor: ACTOR,
          role: 'editor',
          action: 'createEntity',
          source: null,
          comment: "') DETACH DELETE a //",
          changesJson: JSON.stringify(changes),
          replacedGraphJson: null,
          factIds: [ID, hostileLink.id].sort(),
        },
      },
      [ACTOR, "') DETACH DELETE a //", ID, hostileLink.id],
    );
  });
});

describe('Cypher golden: a load (replaceAll), staged then switched', () => {
  it('clears what an earlier load staged or retired, with no parameters', async () => {
    await expectStatement('load-clear-staged-and-retired', clearStagedAndRetiredStatement(), {}, []);
  });

  it('stages a batch of entities, after asking whether a retried batch is there already', async () => {
    const batch = [hostileBody(ID), hostileBody(OTHER_ID)];
    const { exists, nodes, stage } = stageEntitiesStatements(batch);
    await expectStatement('load-staged-entity-exists', exists, { id: ID }, [ID]);
    await expectStatement('load-staged-nodes', nodes, { ids: [ID, OTHER_ID] }, [ID, OTHER_ID]);
    await expectStatement('load-stage-entities', stage, { rows: batch.map((e) => withoutNulls(entityToProperties(e))) }, [ID, OTHER_ID, AREA, `${ID} Board\` RETURN 1 //`, '$props', 'src-$id']);
  });

  it('stages links of one kind between staged nodes by element id; an end not staged travels as null', async () => {
    const stagedNodes = new Map([[ID, "4:elem'}) DELETE n //:1"]]);
    const { exists, stage } = stageLinksStatements('REPORTS_TO', [hostileLink], stagedNodes);
    await expectStatement('load-staged-link-exists-reports-to', exists, { id: hostileLink.id }, [hostileLink.id]);
    await expectStatement(
      'load-stage-links-reports-to',
      stage,
      { rows: [{ a: "4:elem'}) DELETE n //:1", b: null, props: withoutNulls(linkToProperties(hostileLink)) }] },
      [hostileLink.id, "4:elem'}) DELETE n //:1", '}]->() DELETE r //'],
    );
  });

  it('compares the staged graph with the live one: entities, then every link kind with its own statements', async () => {
    const statements = compareStagedWithLiveStatements(101);
    const listed = { listed: neo4j.int(101) };
    await expectStatement('load-compare-entity-differences', statements.entityDifferences, listed, []);
    await expectStatement('load-compare-live-entities', statements.liveEntities, {}, []);
    await expectStatement('load-compare-removed-entities', statements.removedEntities, listed, []);
    expect(statements.linkKinds.map((comparison) => comparison.kind)).toEqual([...LINK_KINDS]);
    const reportsTo = statements.linkKinds.find((comparison) => comparison.kind === 'REPORTS_TO')!;
    await expectStatement('load-compare-link-differences-reports-to', reportsTo.differences, listed, []);
    await expectStatement('load-compare-links-of-kind-reports-to', reportsTo.total, {}, []);
    await expectStatement('load-compare-removed-links-reports-to', reportsTo.removed, listed, []);
    // Every other kind's statements are REPORTS_TO's with only the kind changed.
    for (const comparison of statements.linkKinds) {
      for (const part of ['differences', 'total', 'removed'] as const) {
        expect(comparison[part].text).toBe(reportsTo[part].text.replaceAll(':REPORTS_TO', `:${comparison.kind}`));
      }
    }
  });

  it('switches in one transaction: counts, retires the live nodes, promotes the staged ones to their kind label', async () => {
    const { countStaged, countLive, retireLive, promoteStaged } = switchStatements();
    await expectStatement('load-switch-count-staged', countStaged, {}, []);
    await expectStatement('load-switch-count-live', countLive, {}, []);
    await expectStatement('load-switch-retire-live', retireLive, {}, []);
    await expectStatement('load-switch-promote-staged', promoteStaged, { kinds: [...ENTITY_KINDS] }, []);
  });
});

describe('Cypher golden: the fixed statements, which take no input at all', () => {
  it('migrations, schema names, replanning, counts and the audit lock, one reviewed file', async () => {
    const fixed = {
      'schema names': SCHEMA_NAMES,
      migrations: MIGRATION_STATEMENTS,
      'audit log migrations': AUDIT_MIGRATION_STATEMENTS,
      'replanning after a load': [PREPARE_FOR_REPLANNING, RESAMPLE_OUTDATED_INDEXES],
      'counts (stats)': [COUNT_ENTITIES, COUNT_LINKS],
      'the write lock, and the newest audit sequence': [LOCK_WRITES, NEWEST_AUDIT_SEQUENCE],
    };
    const text = Object.entries(fixed)
      .map(([title, statements]) => [`// ${title}`, ...statements.map((statement) => `${statement};`)].join('\n'))
      .join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot('golden/fixed-statements.cypher');
    // None of them has a parameter to carry input: whatever runs them runs them as they are.
    for (const statement of Object.values(fixed).flat()) expect(statement, statement).not.toMatch(/\$[A-Za-z_]/);
  });
});

describe('Cypher golden: what may be written into the text', () => {
  it('refuses a link kind or an entity kind outside the vocabulary before any text is built', () => {
    const hostileKind = 'REPORTS_TO]->() DETACH DELETE n //';
    for (const build of [
      () => whitelistLinkKinds([hostileKind]),
      () => whitelistEntityKind('Body:Admin'),
      () => linksOfKindByIdStatement(hostileKind as never, [ID]),
      () => upsertLinksStatement(hostileKind as never, [hostileLink]),
      () => stageLinksStatements(hostileKind as never, [hostileLink], new Map()),
      () => upsertEntitiesStatement('Body` SET n.x = 1 //' as never, [hostileBody(ID)]),
      () => shortestPathsStatement(ID, OTHER_ID, { ...checkPathOptions({ asOf: DAY, maxHops: 2 }), kinds: [hostileKind as never] }, 1001),
      () => shortestPathsStatement(ID, OTHER_ID, { ...checkPathOptions({ asOf: DAY, maxHops: 2 }), maxHops: '2 DELETE n' as never }, 1001),
      () => pathStepsStatement([ID], { ...checkPathOptions({ asOf: DAY, maxHops: 2 }), kinds: [hostileKind as never] }),
      () => neighboursStatement([ID], [], { ...checkSubgraphOptions({ asOf: DAY, depth: 1 }), kinds: [hostileKind as never] }),
      () => linksAmongStatement([ID], { ...checkSubgraphOptions({ asOf: DAY, depth: 1 }), kinds: [hostileKind as never] }),
    ]) {
      let thrown: unknown;
      try {
        build();
      } catch (error) {
        thrown = error;
      }
      expect(isGovgraphError(thrown) && thrown.code).toBe('INVALID_INPUT');
    }
  });

  it('writes only vocabulary kinds and the checked hop bound into a pattern', () => {
    const text = shortestPathsStatement(ID, OTHER_ID, checkPathOptions({ asOf: DAY, maxHops: 5, kinds: ['LINKS_TO', 'REPORTS_TO'] }), 1001).text;
    expect(text).toContain('[:LINKS_TO|REPORTS_TO*..5]');
  });
});
