/** Dashboard summaries: counts, budget totals by level, place, agency and year, connectivity and coverage. */
package th.phakee.summary;
