// Money model, a change's scope: how many relationships each agency of $agencies has (an agency's collaborations are
// derived from the side of a pair with fewer).
UNWIND $agencies AS agencyId
MATCH (a:Agency {id: agencyId})
RETURN a.id AS id, COUNT { (a)--() } + COUNT { ()-[:LINKS_TO {via: agencyId}]->() } AS degree
