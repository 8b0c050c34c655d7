package org.gridwatch.duty.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Names a grid's police–resident link channel; {@code version} is empty while the grid has none. */
public class LinkForm {

    @NotBlank
    @Size(max = 200)
    private String channel;

    private Long version;

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
