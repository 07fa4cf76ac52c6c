/** Where facts come from: the source documents and the citations (document and line) every entity carries. */
package th.phakee.provenance;
