/**
 * Who may do what: API keys (configured, stored as SHA-256 hashes) give the roles READER, EDITOR and ADMIN;
 * anonymous callers may read unless that is switched off; every mutation needs EDITOR.
 */
package th.phakee.access;
