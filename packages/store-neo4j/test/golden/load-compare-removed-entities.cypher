MATCH (e:Entity)
WHERE NOT EXISTS { MATCH (:GovgraphStaging {id: e.id}) }
RETURN count(e) AS removed, collect(e.id)[..$listed] AS removedIds