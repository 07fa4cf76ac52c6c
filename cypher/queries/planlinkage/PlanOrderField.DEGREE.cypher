// PlanOrderField.DEGREE: how many relationships the plan has.
RETURN COUNT { (this)--() }
