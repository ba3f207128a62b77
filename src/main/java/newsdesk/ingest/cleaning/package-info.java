/**
 * Small, named normalisations of newspaper page text, each fixing one fault seen in real pages
 * (PDF extraction and OCR). {@link newsdesk.ingest.cleaning.LineCleaning} applies them in order.
 */
@NullMarked
package newsdesk.ingest.cleaning;

import org.jspecify.annotations.NullMarked;
