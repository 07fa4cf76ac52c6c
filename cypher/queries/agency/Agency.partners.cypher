// Agency.partners: the stated partnerships (PARTNERS_WITH, either direction); each a Partnership.
MATCH (this)-[l:PARTNERS_WITH]-(partner)
RETURN partner, l.context AS context, l.fiscalYear AS fiscalYear, l.src AS src
ORDER BY partner.sortKey, partner.id
