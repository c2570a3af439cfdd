/**
 * What the audit log looks like inside Neo4j, beyond the store contract: entries are `:AuditEntry`
 * nodes that the Cypher in docs/neo4j.md reads directly, outside every govgraph count and untouched
 * by loads; the database itself refuses a reused sequence number; and the sequence carries on from
 * the newest entry if the lock node is lost.
 */
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { body, connectBeforeAll } from './helpers.js';
import { fixtureGraph } from '@govgraph/store-contract';

describe('Neo4j audit log', () => {
  const connection = connectBeforeAll();
  const cypher = async (query: string, params: Record<string, unknown> = {}) => (await connection.driver.executeQuery(query, params)).records.map((r) => r.toObject());


  it('keeps entries as :AuditEntry nodes that Cypher reads directly, outside the counts and across loads', async () => {
    const fixture = fixtureGraph();
    await connection.store.replaceAll(fixture);
    const cursor = (await connection.store.auditLog({ newestFirst: true, limit: 1 }))[0]?.sequence ?? 0;
    const made = (await connection.store.apply({ upsertEntities: [body('audit-log-direct')] }, { audit: { actor: 'carol', action: 'createEntity', comment: 'direct' } })).auditEntry!;
    await connection.store.replaceAll(fixture);
    expect(await connection.store.stats()).toMatchObject({ entities: fixture.entities.length, links: fixture.links.length });

    // Queries docs/neo4j.md gives for reading the log (with the cursor added).
    const byFact = await cypher(
      `MATCH (a:AuditEntry) WHERE 'audit-log-direct' IN a.factIds AND a.sequence > $after
       RETURN a.sequence, a.at, a.actor, a.action, a.comment, a.changesJson ORDER BY a.sequence`,
      { after: neo4j.int(cursor) },
    );
    expect(byFact).toEqual([
      { 'a.sequence': made.sequence, 'a.at': made.at, 'a.actor': 'carol', 'a.action': 'createEntity', 'a.comment': 'direct', 'a.changesJson': JSON.stringify(made.changes) },
    ]);
    const byActor = await cypher(
      `MATCH (a:AuditEntry {actor: 'carol'}) WHERE datetime(a.at) >= datetime($since)
       RETURN a.sequence, a.at, a.action, a.factIds ORDER BY a.sequence`,
      { since: made.at },
    );
    expect(byActor).toEqual([{ 'a.sequence': made.sequence, 'a.at': made.at, 'a.action': 'createEntity', 'a.factIds': ['audit-log-direct'] }]);
    expect(await cypher(`MATCH (m:GovgraphAudit) RETURN m.lastSequence AS lastSequence`)).toEqual([{ lastSequence: made.sequence }]);
  });

  it('refuses a second entry with a sequence number already used', async () => {
    const newest = (await connection.store.apply({ upsertEntities: [body('audit-log-used-sequence')] }, { audit: { actor: 'carol', action: 'createEntity' } })).auditEntry!;
    await expect(cypher(`CREATE (:AuditEntry {sequence: $sequence})`, { sequence: neo4j.int(newest.sequence) })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  it('carries the sequence on from the newest entry when the lock node is lost', async () => {
    const newest = (await connection.store.apply({ upsertEntities: [body('audit-log-before-loss')] }, { audit: { actor: 'carol', action: 'createEntity' } })).auditEntry!;
    await cypher(`MATCH (m:GovgraphAudit) DELETE m`);
    const next = (await connection.store.apply({ upsertEntities: [body('audit-log-after-loss')] }, { audit: { actor: 'carol', action: 'createEntity' } })).auditEntry!;
    expect(next.sequence).toBe(newest.sequence + 1);
    expect(await cypher(`MATCH (m:GovgraphAudit) RETURN m.lastSequence AS lastSequence`)).toEqual([{ lastSequence: next.sequence }]);
  });
});
