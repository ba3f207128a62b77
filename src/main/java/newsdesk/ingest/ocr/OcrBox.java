package newsdesk.ingest.ocr;

/**
 * A line of text an OCR engine found, with its box on the image in pixels (y grows downwards). A
 * skewed scan gives a slanted box; this is the upright box around it.
 */
public record OcrBox(String text, float left, float top, float right, float bottom) {
}
