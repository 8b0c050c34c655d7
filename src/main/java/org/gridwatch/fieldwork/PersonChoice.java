package org.gridwatch.fieldwork;

/** One person offered in a "who did it" picker: id and a label such as "张伟 (民警 · 012345)". */
public record PersonChoice(long value, String label) {
}
