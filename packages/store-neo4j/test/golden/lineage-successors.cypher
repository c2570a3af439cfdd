MATCH (:Entity {id: $id})-[:SUCCEEDED_BY*0..]->(a:Entity)
WITH DISTINCT a
MATCH (a)-[r:SUCCEEDED_BY]->(:Entity)
RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link