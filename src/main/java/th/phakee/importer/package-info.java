/**
 * The dataset bundle (docs/dataset-format.md): reading and validating it whole, loading it into the graph in one
 * transaction, and writing the graph back out as a bundle. Also the {@code import} and {@code export} commands.
 */
package th.phakee.importer;
