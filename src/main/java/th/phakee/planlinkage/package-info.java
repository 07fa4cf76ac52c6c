/**
 * Plan linkage: plan elements of every level, from the national strategy down to community plans, the
 * {@code PART_OF} tree they form and the {@code LINKS_TO} alignments between them.
 */
package th.phakee.planlinkage;
