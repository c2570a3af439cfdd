CALL {
  MATCH (:Entity)-[r:OVERSEES]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:LEADS]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:DELIVERS]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:REPORTS_TO]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:SUB_GROUP_OF]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:MEMBER_OF]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:SITS_ON]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:WORKS_FOR]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:IMPOSED_BY]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:BINDS]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:OWNS]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:FEEDS_INTO]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:COMMISSIONS]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:SUCCEEDED_BY]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:ASSESSES]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:REQUIRES]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:MEETING_OF]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:ATTENDED]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:SENT_APOLOGIES]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:MENTIONS]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
  UNION ALL
  MATCH (:Entity)-[r:LINKS_TO]->(:Entity) WHERE r.id IN $ids RETURN {props: r {.id, .kind, .role, .representing, .membership, .lineage, .status, .confidence, .note, .validityJson, .sourcesJson}, from: startNode(r).id, to: endNode(r).id} AS link
}
RETURN link