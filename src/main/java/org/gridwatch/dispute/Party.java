package org.gridwatch.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.gridwatch.shared.Text;
import org.gridwatch.shared.web.PhoneMask;

/** One party (当事人) of a dispute. */
@Embeddable
class Party {

    private static final PhoneMask PHONES = new PhoneMask();

    private String name;

    private String phone;

    @Column(name = "id_number")
    private String idNumber;

    protected Party() {
    }

    Party(PartyData data) {
        this.name = data.name().strip();
        this.phone = Text.strippedOrNull(data.phone());
        this.idNumber = data.idNumber() == null || data.idNumber().isBlank() ? null
                : ResidentIdNumber.normalize(data.idNumber());
    }

    PartyData data() {
        return new PartyData(name, phone, idNumber);
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    String idNumber() {
        return idNumber;
    }

    /** What the change history shows: personal numbers masked, as in lists. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name);
        if (phone != null) {
            text.append(' ').append(PHONES.masked(phone));
        }
        if (idNumber != null) {
            text.append(' ').append(ResidentIdNumber.masked(idNumber));
        }
        return text.toString();
    }
}
