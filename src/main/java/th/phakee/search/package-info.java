/** Finding entities: any entity by id ({@code node}) and ranked Thai and English search over names and aliases. */
package th.phakee.search;
