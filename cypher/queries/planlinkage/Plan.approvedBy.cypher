// Plan.approvedBy: the agency whose id the plan's approvedBy names.
MATCH (agency:Agency {id: this.approvedBy})
RETURN agency LIMIT 1
