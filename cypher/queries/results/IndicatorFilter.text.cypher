// IndicatorFilter.text: the Thai name or an alias (the header as printed, a merged indicator's name) contains it.
toLower(this.nameTh) CONTAINS toLower($text)
OR any(alias IN coalesce(this.aliases, []) WHERE toLower(alias) CONTAINS toLower($text))
