MATCH (:Entity)-[l:REPORTS_TO]->(:Entity)
     WHERE NOT EXISTS { MATCH (:GovgraphStaging)-[:REPORTS_TO {id: l.id}]->(:GovgraphStaging) }
     RETURN count(l) AS removed, collect(l.id)[..$listed] AS removedIds