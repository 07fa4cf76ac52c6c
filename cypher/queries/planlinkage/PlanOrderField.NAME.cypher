// PlanOrderField.NAME: Thai dictionary order (sortKey is the ICU collation key of nameTh).
RETURN this.sortKey
