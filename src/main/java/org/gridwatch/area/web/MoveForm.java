package org.gridwatch.area.web;

import jakarta.validation.constraints.NotNull;

/** Where an area moves to, against the version the user loaded. */
class MoveForm {

    @NotNull
    private Long parentId;

    private long version;

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
