package th.phakee.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Reads what one document states regularly (a table, a list of amounts) into the bundle. */
interface DocumentParser {

    void parse(Map<String, SourceDocument> documents, Path curation, ExtractedBundle bundle) throws IOException;
}
