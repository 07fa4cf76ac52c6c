/**
 * Agencies: ministries, departments, bureaus, provincial offices, universities, networks; their structure, the
 * partnerships the sources state, and the collaborations the graph reveals (shared projects, plans and places).
 */
package th.phakee.agency;
