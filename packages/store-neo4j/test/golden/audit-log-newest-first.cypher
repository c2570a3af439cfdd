MATCH (a:AuditEntry)
WHERE a.sequence < $after AND ($actor IS NULL OR a.actor = $actor) AND ($action IS NULL OR a.action = $action) AND ($factId IS NULL OR $factId IN a.factIds)
RETURN a {.sequence, .at, .actor, .role, .action, .source, .comment, .changesJson, .replacedGraphJson} AS entry
ORDER BY a.sequence DESC
LIMIT $limit