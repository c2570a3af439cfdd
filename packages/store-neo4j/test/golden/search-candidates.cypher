CALL {
  MATCH (n:Entity) WHERE n.searchText CONTAINS $q RETURN n
  UNION
  MATCH (n:Entity) WHERE n.searchCompact CONTAINS $compactQ RETURN n
}
WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ($area IS NULL OR n.area IS NULL OR n.area = $area)
  AND any(c IN n.searchTexts WHERE c CONTAINS $q OR replace(c, ' ', '') = $compactQ)
RETURN n {.id, .kind, .name, .area, .description, .status, .confidence, .note, .aliases, .validityJson, .namesJson, .sourcesJson, .attributesJson} AS props