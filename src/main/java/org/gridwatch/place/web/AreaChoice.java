package org.gridwatch.place.web;

/** One option of an area picker: the id and a label like 临河派出所 › 临河社区 › 第一网格. */
record AreaChoice(long value, String label) {
}
