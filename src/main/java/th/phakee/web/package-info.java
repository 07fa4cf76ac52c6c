/**
 * The pages a person uses: the landing page with search ({@code /}), the linkage explorer ({@code /explore}), the
 * dashboard ({@code /dashboard}) and the docs ({@code /docs}). They are static files under {@code static/} that ask
 * the API over {@code POST /graphql} like any other client; their libraries are WebJars served by the app.
 */
package th.phakee.web;
