UNWIND $rows AS row
     MATCH (a:Entity {id: row.from})
     MATCH (b:Entity {id: row.to})
     MERGE (a)-[r:REPORTS_TO {id: row.id}]->(b)
     SET r = row.props
     RETURN count(r) AS written