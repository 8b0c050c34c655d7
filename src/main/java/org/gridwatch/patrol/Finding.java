package org.gridwatch.patrol;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.gridwatch.fieldwork.RecordKind;

/** A numbered finding (发现问题) of a patrol, and what it became once a case or tip was opened from it. */
@Embeddable
class Finding {

    @Column(name = "finding_no")
    private int number;

    private String text;

    @Enumerated(EnumType.STRING)
    private RecordKind followedUpKind;

    private Long followedUpId;

    protected Finding() {
    }

    Finding(int number, String text) {
        this.number = number;
        this.text = text;
    }

    int number() {
        return number;
    }

    boolean followedUp() {
        return followedUpKind != null;
    }

    void rewrite(String text) {
        this.text = text;
    }

    void followedUpAs(RecordKind kind, long id) {
        this.followedUpKind = kind;
        this.followedUpId = id;
    }

    PatrolView.FindingView view() {
        return new PatrolView.FindingView(number, text, followedUpKind, followedUpId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding other && Objects.equals(number, other.number)
                && Objects.equals(text, other.text)
                && Objects.equals(followedUpKind, other.followedUpKind)
                && Objects.equals(followedUpId, other.followedUpId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, text, followedUpKind, followedUpId);
    }

    /** As the history tab shows it. */
    @Override
    public String toString() {
        return number + ". " + text + (followedUpKind == null ? "" : " → " + followedUpKind + " " + followedUpId);
    }
}
