// Indexes the queries need. Idempotent: applied on every start, after the constraints.

// The label and relationship-type lookup indexes every new database has, and a store written by the bulk importer
// lacks (without them a label's nodes are found by reading every node). No-ops where they exist under other names.
CREATE LOOKUP INDEX node_label_lookup IF NOT EXISTS FOR (n) ON EACH labels(n);
CREATE LOOKUP INDEX relationship_type_lookup IF NOT EXISTS FOR ()-[r]-() ON EACH type(r);

// Thai full-text search over names, English names, abbreviations and aliases (search, nameContains ranking).
// The `thai` analyzer segments Thai runs into dictionary words (JDK BreakIterator, module jdk.localedata).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Plan|Project|Agency|Council|Community|Region|Province|District|Tambon|Indicator|Source)
ON EACH [n.nameTh, n.nameEn, n.abbr, n.aliasText, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'thai' } };

// Part of a name, as typed (search): a trigram text index over the lower-cased names (searchText, derived at import
// and on every change: importer.BundleReader.addDerived), so a CONTAINS reads the index, not every entity.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);

// Thai dictionary order: sortKey is an ICU collation key of nameTh (see importer.ThaiCollation).
CREATE INDEX plan_sort_key IF NOT EXISTS FOR (n:Plan) ON (n.sortKey);
CREATE INDEX project_sort_key IF NOT EXISTS FOR (n:Project) ON (n.sortKey);
CREATE INDEX agency_sort_key IF NOT EXISTS FOR (n:Agency) ON (n.sortKey);
CREATE INDEX province_sort_key IF NOT EXISTS FOR (n:Province) ON (n.sortKey);
CREATE INDEX indicator_sort_key IF NOT EXISTS FOR (n:Indicator) ON (n.sortKey);

// Filters
CREATE INDEX plan_level IF NOT EXISTS FOR (n:Plan) ON (n.level);
CREATE INDEX project_kind IF NOT EXISTS FOR (n:Project) ON (n.kind);
CREATE INDEX agency_kind IF NOT EXISTS FOR (n:Agency) ON (n.kind);
CREATE INDEX budget_fiscal_year IF NOT EXISTS FOR (n:Budget) ON (n.fiscalYear);
CREATE INDEX region_scheme IF NOT EXISTS FOR (n:Region) ON (n.scheme);
// links made through an agency (LINKS_TO via): an agency's collaborators and its linkage rows
CREATE INDEX links_to_via IF NOT EXISTS FOR ()-[r:LINKS_TO]-() ON (r.via);

// The money model (money.MoneyModel): where each figure counts, and each plan's, project's and agency's total
CREATE INDEX budget_counted_for IF NOT EXISTS FOR (n:Budget) ON (n.countedFor);
CREATE INDEX budget_counted_for_region IF NOT EXISTS FOR (n:Budget) ON (n.countedForRegion);
CREATE INDEX plan_total IF NOT EXISTS FOR (n:Plan) ON (n.totalBaht);
CREATE INDEX project_total IF NOT EXISTS FOR (n:Project) ON (n.totalBaht);
CREATE INDEX agency_total IF NOT EXISTS FOR (n:Agency) ON (n.totalBaht);
// the dashboard's tallies, read by what they add up and the year (summary; year 0: all years)
CREATE INDEX tally_dimension IF NOT EXISTS FOR (t:Tally) ON (t.dimension);
CREATE INDEX tally_dimension_year IF NOT EXISTS FOR (t:Tally) ON (t.dimension, t.year);
// An agency's collaborations in the order Agency.collaborators lists them (by budget or by count, then by name):
// the page is read in index order, however many collaborators the agency has.
CREATE INDEX collaboration_by_budget IF NOT EXISTS FOR (c:Collaboration) ON (c.agency, c.byBudget);
CREATE INDEX collaboration_by_count IF NOT EXISTS FOR (c:Collaboration) ON (c.agency, c.byCount);
// A change's scope (money.ChangeScope): an agency's collaborations either way round, and the figures credited to an
// agency (whose department moves when the agency's kind or what it is part of does).
CREATE INDEX collaboration_agency IF NOT EXISTS FOR (c:Collaboration) ON (c.agency);
CREATE INDEX collaboration_other IF NOT EXISTS FOR (c:Collaboration) ON (c.other);
CREATE INDEX budget_credited_to IF NOT EXISTS FOR (n:Budget) ON (n.creditedTo);
