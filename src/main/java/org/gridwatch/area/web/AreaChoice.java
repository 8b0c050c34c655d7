package org.gridwatch.area.web;

/** One area offered in a picker ({@code fragments/choices}): its id and a label such as 临河社区 · LH-C1. */
record AreaChoice(long value, String label) {
}
