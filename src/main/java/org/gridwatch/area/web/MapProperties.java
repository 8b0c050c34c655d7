package org.gridwatch.area.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gridwatch.map.*}: the tile server behind boundary maps. With no {@code tile-url} (env
 * {@code GRIDWATCH_MAP_TILE_URL}) the maps draw boundaries on a plain background, which works offline.
 * The URL is a Leaflet template such as {@code https://tiles.example/{z}/{x}/{y}.png}.
 */
@ConfigurationProperties("gridwatch.map")
record MapProperties(String tileUrl, String attribution) {
}
