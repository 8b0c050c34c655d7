package org.gridwatch.place;

/**
 * A place list query: free text on name and address, an optional kind, an optional area (its subtree;
 * must lie in the scope), and the sort ({@code name}, {@code kind} or {@code updated}).
 */
public record PlaceSearch(String text, PlaceKind kind, Long areaId, String sort) {
}
