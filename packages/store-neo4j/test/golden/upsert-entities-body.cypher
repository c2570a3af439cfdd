UNWIND $rows AS row
     MERGE (n:Entity {id: row.id})
     SET n = row.props
     REMOVE n:Body:Organisation:Person:Duty:Legislation:Strategy:Review:Assessment:Meeting:Source
     SET n:Body
     RETURN count(n) AS written