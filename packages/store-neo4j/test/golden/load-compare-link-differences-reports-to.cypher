MATCH (a:GovgraphStaging)-[r:REPORTS_TO]->(b:GovgraphStaging)
     OPTIONAL MATCH (x:Entity)-[l:REPORTS_TO {id: r.id}]->(y:Entity)
     WITH r.id AS id, l IS NULL AS added, l IS NOT NULL AND (properties(l) <> properties(r) OR x.id <> a.id OR y.id <> b.id) AS changed
     RETURN count(*) AS staged, count(CASE WHEN added THEN 1 END) AS added, count(CASE WHEN changed THEN 1 END) AS changed,
            count(CASE WHEN NOT added THEN 1 END) AS matched,
            collect(CASE WHEN added THEN id END)[..$listed] AS addedIds, collect(CASE WHEN changed THEN id END)[..$listed] AS changedIds