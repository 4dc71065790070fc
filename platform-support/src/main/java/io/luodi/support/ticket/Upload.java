package io.luodi.support.ticket;

/** A file as the browser sent it, read into memory after the size check. */
public record Upload(String fileName, String contentType, byte[] content) {
}
