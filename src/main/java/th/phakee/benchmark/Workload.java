package th.phakee.benchmark;

/**
 * One kind of request, asked for few items and for many: the ratio between the two is what the benchmark
 * reports, since absolute times depend on the machine and ratios measured in one run do not.
 */
record Workload(String name, String small, String large) {
}
