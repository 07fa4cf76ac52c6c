/**
 * Linkage: how entities connect, as graph tools draw it: the subgraph around an entity, the shortest paths
 * between two, and a province's linkage rows (community strategy → agency → provincial strategy → projects).
 */
package th.phakee.linkage;
