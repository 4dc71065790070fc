package io.luodi.migration.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** A dataset read from an uploaded CSV, TSV or XLSX file. */
public record FileDatasetForm(@NotBlank @Size(max = 100) String name, MultipartFile file) {

    public static FileDatasetForm blank() {
        return new FileDatasetForm("", null);
    }
}
