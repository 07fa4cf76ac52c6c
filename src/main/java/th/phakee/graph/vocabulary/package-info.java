/**
 * The closed vocabularies of the graph model (plan levels, agency kinds, sources of money …), one Java enum each,
 * so that the importer's checks and the code that reads them share one list; a test checks each against the
 * GraphQL enum of the same name.
 */
package th.phakee.graph.vocabulary;
