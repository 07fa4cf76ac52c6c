/**
 * Curation mutations: editors create, change and delete plans, projects, budgets, agencies and links, each change
 * validated by the importer's rules, in one transaction, and recorded with who and when.
 */
package th.phakee.curation;
