// Agency.partners (batched): the stated partnerships of each agency, either direction.
// $ids. Returns id, partners (list of {label, partner, link}).
UNWIND $ids AS id
MATCH (a:Agency {id: id})
OPTIONAL MATCH (a)-[link:PARTNERS_WITH]-(partner)
WITH id, link, partner ORDER BY partner.sortKey, partner.id
RETURN id, collect(CASE WHEN partner IS NULL THEN null ELSE
  {label: [l IN labels(partner) WHERE l <> 'Entity'][0], partner: partner {.*}, link: properties(link)} END) AS partners
