// Budget.heldBy: the figure whose total already holds this one (money.MoneyModel's withinAny).
MATCH (held:Budget {id: this.withinAny})
RETURN held
