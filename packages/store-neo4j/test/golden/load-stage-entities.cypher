UNWIND $rows AS props
CREATE (n:GovgraphStaging)
SET n = props
RETURN props.id AS id, elementId(n) AS node