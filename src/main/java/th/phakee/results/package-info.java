/**
 * Results: the indicators (KPIs) that measure plans and projects, and their figures — targets and results by
 * fiscal year, quarter and place — as the reports state them, conflicting statements kept side by side.
 */
package th.phakee.results;
