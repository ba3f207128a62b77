package newsdesk.ingest;

import newsdesk.ingest.ocr.OcrEngine;
import newsdesk.ingest.ocr.RapidOcr;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OCR engine for scanned pages. One bean, because the native engine underneath is one per JVM;
 * it loads the native library only when the first scan is read.
 */
@Configuration(proxyBeanMethods = false)
class OcrConfiguration {

    @Bean
    OcrEngine ocrEngine(IngestProperties properties) {
        return new RapidOcr(properties.ocrThreads(), properties.ocrDetectSide());
    }
}
