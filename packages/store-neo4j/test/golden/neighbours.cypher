MATCH (n:Entity)-[r:OVERSEES|DELIVERS]-(m:Entity)
WHERE n.id IN $frontier AND NOT m.id IN $seen
  AND ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)) AND ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR $asOf < n.validTo)) AND ((m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR $asOf < m.validTo)) AND ($area IS NULL OR m.area IS NULL OR m.area = $area)
RETURN DISTINCT m.id AS id