package org.gridwatch.dispute.web;

import jakarta.validation.constraints.Size;
import org.gridwatch.dispute.PartyData;

/** One row of parties on the dispute form; a row left empty is ignored. */
class PartyForm {

    @Size(max = 60)
    private String name;

    @Size(max = 30)
    private String phone;

    @Size(max = 30)
    private String idNumber;

    static PartyForm of(PartyData data) {
        PartyForm form = new PartyForm();
        form.name = data.name();
        form.phone = data.phone();
        form.idNumber = data.idNumber();
        return form;
    }

    PartyData toData() {
        return new PartyData(trim(name), trim(phone), trim(idNumber));
    }

    boolean isEmpty() {
        return toData().isEmpty();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }
}
