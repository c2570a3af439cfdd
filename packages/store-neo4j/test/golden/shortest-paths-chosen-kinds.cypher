MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:REPORTS_TO|SUB_GROUP_OF*..6]-(b))
WHERE all(r IN relationships(p) WHERE ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)))
  AND all(n IN nodes(p) WHERE ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR $asOf < n.validTo)) AND ($area IS NULL OR n.area IS NULL OR n.area = $area))
RETURN [n IN nodes(p) | n {.id, .kind, .name, .area, .description, .status, .confidence, .note, .aliases, .validityJson, .namesJson, .sourcesJson, .attributesJson}] AS nodes, [r IN relationships(p) | {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id}] AS links
LIMIT $cap