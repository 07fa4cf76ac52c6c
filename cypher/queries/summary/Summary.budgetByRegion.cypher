// Summary.budgetByRegion: the money that counts for each CODI region: figures whose places all lie in it (the
// provinces' own money, and figures of several provinces of one region), each once; largest first. The country's
// from the tallies the money model keeps (money.Tallies); in a scope, the figures whose places all lie in it.
CALL (this) {
  WITH this WHERE this.scope IS NULL
  MATCH (t:Tally {dimension: 'REGION', year: coalesce(this.fiscalYear, 0)})
  RETURN t.key AS key, t.baht AS baht, t.figures AS n
  UNION ALL
  // one row per scope, none without: the figures are read only for a scope (a WHERE on `this` alone may be
  // planned after the read)
  UNWIND CASE WHEN this.scope IS NULL THEN [] ELSE [this.scope] END AS scope
  MATCH (figure:Budget)
  WHERE figure.countedForRegion IS NOT NULL AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
    AND size(figure.provinces) > 0 AND all(p IN figure.provinces WHERE p IN scope)
  RETURN figure.countedForRegion AS key, figure.amountBaht AS baht, 1 AS n
}
WITH key, sum(baht) AS total, sum(n) AS figures
MATCH (region:Region {id: key})
RETURN key, region.nameTh AS name, region.nameEn AS nameEn, total, figures ORDER BY total DESC, key
