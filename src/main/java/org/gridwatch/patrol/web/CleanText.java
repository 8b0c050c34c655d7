package org.gridwatch.patrol.web;

import java.beans.PropertyEditorSupport;

/**
 * Binds text fields trimmed, blank as null, and without NUL characters (which a browser may send but PostgreSQL
 * cannot store in text).
 */
class CleanText extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null) {
            setValue(null);
            return;
        }
        String clean = text.replace("\u0000", "").strip();
        setValue(clean.isEmpty() ? null : clean);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }
}
