/**
 * From newspaper page files to clean articles with their provenance. {@link newsdesk.ingest.IngestService}
 * is the feature's facade; everything else here is how it does its work.
 */
@NullMarked
package newsdesk.ingest;

import org.jspecify.annotations.NullMarked;
