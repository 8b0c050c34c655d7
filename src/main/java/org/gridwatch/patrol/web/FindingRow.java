package org.gridwatch.patrol.web;

import jakarta.validation.constraints.Size;

/** One finding row of the patrol form: the number of a finding already on the patrol (hidden), and its text. */
class FindingRow {

    private Integer number;

    @Size(max = 500)
    private String text;

    public FindingRow() {
    }

    FindingRow(Integer number, String text) {
        this.number = number;
        this.text = text;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
