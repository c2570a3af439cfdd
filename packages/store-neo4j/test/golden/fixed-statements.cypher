// schema names
SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'govgraph_' RETURN name;
SHOW INDEXES YIELD name WHERE name STARTS WITH 'govgraph_' RETURN name;

// migrations
CREATE CONSTRAINT govgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX govgraph_entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX govgraph_entity_area IF NOT EXISTS FOR (n:Entity) ON (n.area);
CREATE INDEX govgraph_entity_area_key IF NOT EXISTS FOR (n:Entity) ON (n.areaKey);
CREATE TEXT INDEX govgraph_entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
CREATE TEXT INDEX govgraph_entity_search_compact IF NOT EXISTS FOR (n:Entity) ON (n.searchCompact);
CREATE INDEX govgraph_staging_id IF NOT EXISTS FOR (n:GovgraphStaging) ON (n.id);
CREATE INDEX govgraph_link_id_oversees IF NOT EXISTS FOR ()-[r:OVERSEES]-() ON (r.id);
CREATE INDEX govgraph_link_id_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);
CREATE INDEX govgraph_link_id_delivers IF NOT EXISTS FOR ()-[r:DELIVERS]-() ON (r.id);
CREATE INDEX govgraph_link_id_reports_to IF NOT EXISTS FOR ()-[r:REPORTS_TO]-() ON (r.id);
CREATE INDEX govgraph_link_id_sub_group_of IF NOT EXISTS FOR ()-[r:SUB_GROUP_OF]-() ON (r.id);
CREATE INDEX govgraph_link_id_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX govgraph_link_id_sits_on IF NOT EXISTS FOR ()-[r:SITS_ON]-() ON (r.id);
CREATE INDEX govgraph_link_id_works_for IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() ON (r.id);
CREATE INDEX govgraph_link_id_imposed_by IF NOT EXISTS FOR ()-[r:IMPOSED_BY]-() ON (r.id);
CREATE INDEX govgraph_link_id_binds IF NOT EXISTS FOR ()-[r:BINDS]-() ON (r.id);
CREATE INDEX govgraph_link_id_owns IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.id);
CREATE INDEX govgraph_link_id_feeds_into IF NOT EXISTS FOR ()-[r:FEEDS_INTO]-() ON (r.id);
CREATE INDEX govgraph_link_id_commissions IF NOT EXISTS FOR ()-[r:COMMISSIONS]-() ON (r.id);
CREATE INDEX govgraph_link_id_succeeded_by IF NOT EXISTS FOR ()-[r:SUCCEEDED_BY]-() ON (r.id);
CREATE INDEX govgraph_link_id_assesses IF NOT EXISTS FOR ()-[r:ASSESSES]-() ON (r.id);
CREATE INDEX govgraph_link_id_requires IF NOT EXISTS FOR ()-[r:REQUIRES]-() ON (r.id);
CREATE INDEX govgraph_link_id_meeting_of IF NOT EXISTS FOR ()-[r:MEETING_OF]-() ON (r.id);
CREATE INDEX govgraph_link_id_attended IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.id);
CREATE INDEX govgraph_link_id_sent_apologies IF NOT EXISTS FOR ()-[r:SENT_APOLOGIES]-() ON (r.id);
CREATE INDEX govgraph_link_id_mentions IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.id);
CREATE INDEX govgraph_link_id_links_to IF NOT EXISTS FOR ()-[r:LINKS_TO]-() ON (r.id);

// audit log migrations
CREATE CONSTRAINT govgraph_audit_meta IF NOT EXISTS FOR (m:GovgraphAudit) REQUIRE m.singleton IS UNIQUE;
CREATE CONSTRAINT govgraph_audit_sequence IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.sequence IS UNIQUE;
CREATE INDEX govgraph_audit_actor IF NOT EXISTS FOR (a:AuditEntry) ON (a.actor);
CREATE INDEX govgraph_audit_action IF NOT EXISTS FOR (a:AuditEntry) ON (a.action);

// replanning after a load
CALL db.prepareForReplanning();
CALL db.resampleOutdatedIndexes();

// counts (stats)
MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS count;
CALL {
  MATCH (:Entity)-[r:OVERSEES]->() RETURN 'OVERSEES' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:LEADS]->() RETURN 'LEADS' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:DELIVERS]->() RETURN 'DELIVERS' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:REPORTS_TO]->() RETURN 'REPORTS_TO' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:SUB_GROUP_OF]->() RETURN 'SUB_GROUP_OF' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:MEMBER_OF]->() RETURN 'MEMBER_OF' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:SITS_ON]->() RETURN 'SITS_ON' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:WORKS_FOR]->() RETURN 'WORKS_FOR' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:IMPOSED_BY]->() RETURN 'IMPOSED_BY' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:BINDS]->() RETURN 'BINDS' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:OWNS]->() RETURN 'OWNS' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:FEEDS_INTO]->() RETURN 'FEEDS_INTO' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:COMMISSIONS]->() RETURN 'COMMISSIONS' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:SUCCEEDED_BY]->() RETURN 'SUCCEEDED_BY' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:ASSESSES]->() RETURN 'ASSESSES' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:REQUIRES]->() RETURN 'REQUIRES' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:MEETING_OF]->() RETURN 'MEETING_OF' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:ATTENDED]->() RETURN 'ATTENDED' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:SENT_APOLOGIES]->() RETURN 'SENT_APOLOGIES' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:MENTIONS]->() RETURN 'MENTIONS' AS kind, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:LINKS_TO]->() RETURN 'LINKS_TO' AS kind, count(r) AS count
}
RETURN kind, count;

// the write lock, and the newest audit sequence
CALL {
  OPTIONAL MATCH (a:AuditEntry) WHERE a.sequence IS NOT NULL
  RETURN a.sequence AS newest ORDER BY newest DESC LIMIT 1
}
MERGE (m:GovgraphAudit {singleton: true})
ON CREATE SET m.lastSequence = coalesce(newest, 0)
SET m.applies = coalesce(m.applies, 0) + 1
RETURN m.lastSequence AS newest;
OPTIONAL MATCH (a:AuditEntry) RETURN coalesce(max(a.sequence), 0) AS newest;
