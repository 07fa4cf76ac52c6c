package th.phakee.summary;

import th.phakee.agency.Agency;

/** An agency and its number of relationships (GraphQL type {@code AgencyDegree}). */
public record AgencyDegree(Agency agency, int degree) {
}
