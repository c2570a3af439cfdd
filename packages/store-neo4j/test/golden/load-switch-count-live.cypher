CALL { MATCH (n:Entity) RETURN count(n) AS entities }
CALL { MATCH (:Entity)-[r]->() RETURN count(r) AS links }
RETURN entities, links