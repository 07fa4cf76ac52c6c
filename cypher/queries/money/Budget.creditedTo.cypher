MATCH (agency:Agency {id: this.creditedTo})
RETURN agency
