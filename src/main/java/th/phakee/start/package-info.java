/**
 * A faster start: the jar laid out for the JVM's class-data sharing, with an archive of the classes a trained start
 * loads ({@code phakee fast-start}), so that a start maps them instead of reading, parsing and checking them again.
 */
package th.phakee.start;
