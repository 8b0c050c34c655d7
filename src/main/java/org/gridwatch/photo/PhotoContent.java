package org.gridwatch.photo;

/** A photo's (or thumbnail's) bytes and media type, ready to send. */
public record PhotoContent(byte[] bytes, String contentType) {
}
