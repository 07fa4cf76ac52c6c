toLower(this.nameTh) CONTAINS toLower($nameContains)
