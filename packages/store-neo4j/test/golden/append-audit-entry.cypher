MATCH (m:GovgraphAudit {singleton: true})
SET m.lastSequence = m.lastSequence + 1
CREATE (a:AuditEntry)
SET a = $props
SET a.sequence = m.lastSequence
RETURN a.sequence AS sequence