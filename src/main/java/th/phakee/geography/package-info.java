/** Geography: provinces, districts, tambons and the regions (CODI's and the official ones) that group them. */
package th.phakee.geography;
