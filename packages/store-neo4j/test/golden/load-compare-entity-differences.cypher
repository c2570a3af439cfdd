MATCH (s:GovgraphStaging)
OPTIONAL MATCH (e:Entity {id: s.id})
WITH s.id AS id, e IS NULL AS added, e IS NOT NULL AND properties(e) <> properties(s) AS changed
RETURN count(CASE WHEN added THEN 1 END) AS added, count(CASE WHEN changed THEN 1 END) AS changed, count(CASE WHEN NOT added THEN 1 END) AS matched,
       collect(CASE WHEN added THEN id END)[..$listed] AS addedIds, collect(CASE WHEN changed THEN id END)[..$listed] AS changedIds