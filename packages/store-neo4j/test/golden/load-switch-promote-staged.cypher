MATCH (n:GovgraphStaging) WHERE n.kind IN $kinds
REMOVE n:GovgraphStaging
SET n:Entity, n:$(n.kind)
RETURN count(n) AS promoted