/**
 * Neo4j plumbing shared by every capability: the embedded database, the schema set-up, the catalog of Cypher
 * statements and the citation type every document-derived entity exposes.
 */
package th.phakee.graph;
