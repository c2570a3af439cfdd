MATCH (b:Entity)-[:SUCCEEDED_BY*0..]->(:Entity {id: $id})
WITH DISTINCT b
MATCH (:Entity)-[r:SUCCEEDED_BY]->(b)
RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link