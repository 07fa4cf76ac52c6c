/** What every request shares: error reporting to clients, and the GraphiQL page served without a CDN. */
package th.phakee.system;
