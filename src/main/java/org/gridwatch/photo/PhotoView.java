package org.gridwatch.photo;

/** One stored photo, for thumbnails and links. */
public record PhotoView(long id, String contentType, int byteSize) {
}
