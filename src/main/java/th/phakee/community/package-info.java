/** Community actors: community organisation councils, communities, community organisations and networks. */
package th.phakee.community;
