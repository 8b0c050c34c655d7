package org.gridwatch.photo;

/** The record a photo belongs to, e.g. {@code ("visit", 12)} or {@code ("hazard-after", 7)}. */
public record PhotoOwner(String type, long id) {

    public PhotoOwner {
        if (type == null || type.isBlank() || type.length() > 40) {
            throw new IllegalArgumentException("photo owner type must be 1-40 characters");
        }
    }
}
