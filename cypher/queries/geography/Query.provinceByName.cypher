// Query.provinceByName: a province by its Thai name or a spelling met in the sources. $nameTh (NFC).
MATCH (this:Province)
WHERE this.nameTh = $nameTh OR $nameTh IN coalesce(this.aliases, [])
RETURN this ORDER BY CASE WHEN this.nameTh = $nameTh THEN 0 ELSE 1 END LIMIT 1
