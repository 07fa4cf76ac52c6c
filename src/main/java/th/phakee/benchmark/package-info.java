/**
 * Benchmarks: {@code phakee benchmark} measures the import and representative GraphQL requests on the packaged
 * dataset, each small and large side by side in one run, and writes the report under {@code docs/}.
 */
package th.phakee.benchmark;
