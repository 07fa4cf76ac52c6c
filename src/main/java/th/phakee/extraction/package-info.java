/**
 * The extraction pipeline: regenerates the dataset bundle {@code data/} from the source documents in
 * {@code sources/} and the curation tables in {@code data/curation/}. What the documents state regularly (tables,
 * amounts, numbered outlines) is parsed here; what needs a person's judgement (stable ids, spelling fixes, rows a
 * page break split, links the text implies) is a curation row with its reason.
 */
package th.phakee.extraction;
