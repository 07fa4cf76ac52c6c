// Importer (changes): the documents $ids that a bundle carried when it was imported, which the graph holds with their
// number of lines (importer.CitationRules.LINE_COUNT). Returns id, lines.
UNWIND $ids AS id
MATCH (s:Source {id: id}) WHERE s.lineCount IS NOT NULL
RETURN s.id AS id, s.lineCount AS lines
