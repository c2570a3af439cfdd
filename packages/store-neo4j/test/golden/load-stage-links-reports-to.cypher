UNWIND $rows AS row
     MATCH (a:GovgraphStaging) WHERE elementId(a) = row.a
     MATCH (b:GovgraphStaging) WHERE elementId(b) = row.b
     CREATE (a)-[r:REPORTS_TO {id: row.props.id, kind: row.props.kind, role: row.props.role, representing: row.props.representing, membership: row.props.membership, lineage: row.props.lineage, status: row.props.status, confidence: row.props.confidence, note: row.props.note, validFrom: row.props.validFrom, validTo: row.props.validTo, validityJson: row.props.validityJson, sourcesJson: row.props.sourcesJson, sourceIds: row.props.sourceIds}]->(b)
     RETURN count(r) AS written