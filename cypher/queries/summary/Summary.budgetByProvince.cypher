// Summary.budgetByProvince: the money that counts for each province (money.MoneyModel: a province's own figures,
// each once; an undivided figure of several provinces is not added to any), largest first. Read from the tallies
// the money model keeps when data changes (money.Tallies), not added up from every figure here.
MATCH (t:Tally {dimension: 'PROVINCE', year: coalesce(this.fiscalYear, 0)})
WHERE this.scope IS NULL OR t.key IN this.scope
WITH t.key AS key, sum(t.baht) AS total, sum(t.figures) AS figures
MATCH (province:Province {id: key})
RETURN key, province.nameTh AS name, province.nameEn AS nameEn, total, figures ORDER BY total DESC, key
