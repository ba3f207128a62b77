/**
 * Scanned pages: page images (PNG, JPEG, TIFF) and PDF pages without a text layer are read by OCR,
 * and the text boxes found are laid out with the PDF reader's {@link newsdesk.ingest.pdf.PageLayout},
 * so that a scan goes through the same cleaning and segmentation as any page. The rest of ingest
 * uses {@link newsdesk.ingest.ocr.ScanReader}; the engine is behind {@link newsdesk.ingest.ocr.OcrEngine},
 * so that nothing but an actual scan loads the native library.
 */
@NullMarked
package newsdesk.ingest.ocr;

import org.jspecify.annotations.NullMarked;
