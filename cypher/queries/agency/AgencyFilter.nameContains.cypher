toLower(this.nameTh) CONTAINS toLower($nameContains)
OR toLower(coalesce(this.nameEn, '')) CONTAINS toLower($nameContains)
OR toLower(coalesce(this.abbr, '')) CONTAINS toLower($nameContains)
OR any(alias IN coalesce(this.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains))
