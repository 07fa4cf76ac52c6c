// Summary.budgetByRegion: the money that counts for each CODI region: figures whose places all lie in it (the
// provinces' own money, and figures of several provinces of one region), each once; largest first. In a scope,
// the figures whose places all lie in the scope.
MATCH (figure:Budget)
WHERE figure.countedForRegion IS NOT NULL AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
  AND (this.scope IS NULL OR size(figure.provinces) > 0 AND all(p IN figure.provinces WHERE p IN this.scope))
WITH figure.countedForRegion AS key, sum(figure.amountBaht) AS total, count(figure) AS figures
MATCH (region:Region {id: key})
RETURN key, region.nameTh AS name, region.nameEn AS nameEn, total, figures ORDER BY total DESC, key
