// Money model, read: the relationships its rules follow (money.MoneyGraph.TYPES): what a figure funds, is part of,
// restates, comes from and is for; what plans and projects are part of or under, where they are and who owns them or
// is responsible for them; places within places; plans' links (and the agency each is made through); and the Thai
// sort key of the thing at the end (the order in which two agencies' shared things are listed).
MATCH (a:Entity)-[r:FUNDS|PART_OF|UNDER|CONFLICTS_WITH|FROM|FOR|LOCATED_IN|TARGETS|OWNS|RESPONSIBLE_FOR|LINKS_TO]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.via AS via, b.sortKey AS toSortKey
