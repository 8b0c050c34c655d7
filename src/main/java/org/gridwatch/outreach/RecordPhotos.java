package org.gridwatch.outreach;

import java.util.List;
import org.gridwatch.photo.PhotoContent;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.photo.PhotoView;
import org.gridwatch.photo.Photos;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** The photos of outreach records, filed under each kind's owner type. Callers check the record's scope first. */
@Component
class RecordPhotos {

    private final Photos photos;

    RecordPhotos(Photos photos) {
        this.photos = photos;
    }

    /** Stores the chosen files (none chosen: nothing to do) in the caller's transaction. */
    void attach(RecordTable table, long id, List<MultipartFile> files, Long accountId) {
        if (!Photos.chosen(files).isEmpty()) {
            photos.attach(owner(table, id), files, accountId);
        }
    }

    List<PhotoView> of(RecordTable table, long id) {
        return photos.of(owner(table, id));
    }

    PhotoContent content(RecordTable table, long id, long photoId, boolean thumbnail) {
        return photos.content(owner(table, id), photoId, thumbnail);
    }

    private static PhotoOwner owner(RecordTable table, long id) {
        return new PhotoOwner(table.photoType, id);
    }
}
