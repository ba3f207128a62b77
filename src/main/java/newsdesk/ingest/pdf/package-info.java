/**
 * Page PDFs with a text layer: the glyphs and their positions are turned into page lines in the
 * order a reader reads them, so that a PDF page goes through the same cleaning and segmentation as
 * a text page. {@link newsdesk.ingest.pdf.PdfPageReader} is the only class the rest of ingest uses.
 */
@NullMarked
package newsdesk.ingest.pdf;

import org.jspecify.annotations.NullMarked;
