// Query.provinceByName: a province by its Thai name or a spelling met in the sources (aliases).
// $name (NFC). Returns province (map).
MATCH (p:Province)
WHERE p.nameTh = $name OR $name IN coalesce(p.aliases, [])
RETURN p {.*} AS province
ORDER BY CASE WHEN p.nameTh = $name THEN 0 ELSE 1 END
LIMIT 1
