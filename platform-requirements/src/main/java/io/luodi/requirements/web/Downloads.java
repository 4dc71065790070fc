package io.luodi.requirements.web;

import io.luodi.requirements.scope.ExportedFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** An export as a download, named in UTF-8 (filename*) so Chinese names survive every browser. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
