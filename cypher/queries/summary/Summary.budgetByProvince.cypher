// Summary.budgetByProvince: the money that counts for each province (money.MoneyModel: a province's own figures,
// each once; an undivided figure of several provinces is not added to any), largest first.
MATCH (figure:Budget)
WHERE figure.countedFor IS NOT NULL AND (this.scope IS NULL OR figure.countedFor IN this.scope)
  AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
WITH figure.countedFor AS key, sum(figure.amountBaht) AS total, count(figure) AS figures
MATCH (province:Province {id: key})
RETURN key, province.nameTh AS name, province.nameEn AS nameEn, total, figures ORDER BY total DESC, key
