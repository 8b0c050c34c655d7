package org.gridwatch.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.gridwatch.people.PostData;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A concurrent post to add on an officer's page. */
class PostForm {

    @NotBlank
    @Size(max = 60)
    private String postName;

    @NotNull
    private Long communityId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    void validate(Errors errors) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "post.dates.order");
        }
    }

    PostData toData() {
        return new PostData(postName, communityId, from, to);
    }

    public String getPostName() {
        return postName;
    }

    public void setPostName(String postName) {
        this.postName = postName;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
