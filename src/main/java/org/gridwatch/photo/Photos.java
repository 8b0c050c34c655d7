package org.gridwatch.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.tika.Tika;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.RejectedInputs;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores and serves photos of records. Controllers bind the chosen files as {@code List<MultipartFile>},
 * {@link #validate} them into the form's errors, {@link #attach} them in the same transaction as the record,
 * and serve them with {@link #response} only after checking that the user may see the owning record.
 */
@Service
@Transactional(readOnly = true)
public class Photos {

    public static final int MAX_PER_OWNER = 5;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int THUMBNAIL_EDGE = 320;
    /** The form field of the photo picker, where a refused photo is shown. */
    public static final String FIELD = "photos";
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Tika tika = new Tika();

    Photos(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The files the user actually chose (browsers send an empty part when none was). */
    public static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
    }

    /**
     * Checks the chosen files against the limits, counting {@code alreadyAttached} photos of the owner, and
     * records the first problem as an error on {@code field}. Returns whether they may be attached.
     */
    public boolean validate(List<MultipartFile> files, int alreadyAttached, Errors errors, String field) {
        try {
            check(chosen(files), alreadyAttached);
            return true;
        } catch (RejectedInput e) {
            RejectedInputs.show(e.at(field), errors);
            return false;
        }
    }

    /** Stores the chosen files for the owner; throws {@link RejectedInput} if any breaks a limit. */
    @Transactional
    public List<Long> attach(PhotoOwner owner, List<MultipartFile> files, Long uploadedBy) {
        List<MultipartFile> chosen = chosen(files);
        check(chosen, count(owner));
        List<Long> ids = new ArrayList<>();
        for (MultipartFile file : chosen) {
            byte[] bytes = bytes(file);
            String type = typeOf(bytes);
            ids.add(jdbc.sql("""
                    insert into photo (owner_type, owner_id, content_type, byte_size, content, thumbnail,
                                       uploaded_by, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """).params(owner.type(), owner.id(), type, bytes.length, bytes, thumbnail(bytes, type),
                    uploadedBy, Timestamp.from(clock.instant())).query(Long.class).single());
        }
        return ids;
    }

    /** The owner's photos, oldest first. */
    public List<PhotoView> of(PhotoOwner owner) {
        return jdbc.sql("""
                select id, content_type, byte_size from photo where owner_type = ? and owner_id = ? order by id
                """).params(owner.type(), owner.id()).query(PhotoView.class).list();
    }

    public int count(PhotoOwner owner) {
        return jdbc.sql("select count(*) from photo where owner_type = ? and owner_id = ?")
                .params(owner.type(), owner.id()).query(Integer.class).single();
    }

    /** A photo of the owner, or its thumbnail (the photo itself when it has none); 404 when not the owner's. */
    public PhotoContent content(PhotoOwner owner, long photoId, boolean thumbnail) {
        return jdbc.sql("""
                select coalesce(case when ? then thumbnail end, content) as bytes,
                       case when ? and thumbnail is not null then 'image/jpeg' else content_type end as type
                from photo where id = ? and owner_type = ? and owner_id = ?
                """).params(thumbnail, thumbnail, photoId, owner.type(), owner.id())
                .query((rs, n) -> new PhotoContent(rs.getBytes("bytes"), rs.getString("type")))
                .optional().orElseThrow(() -> new RecordNotFoundException("photo", photoId));
    }

    /** Removes one photo of the owner. */
    @Transactional
    public void remove(PhotoOwner owner, long photoId) {
        int removed = jdbc.sql("delete from photo where id = ? and owner_type = ? and owner_id = ?")
                .params(photoId, owner.type(), owner.id()).update();
        if (removed == 0) {
            throw new RecordNotFoundException("photo", photoId);
        }
    }

    /** The HTTP answer for a photo: its own type, cached privately (never by shared caches), never sniffed. */
    public static ResponseEntity<byte[]> response(PhotoContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(content.bytes());
    }

    private void check(List<MultipartFile> chosen, int alreadyAttached) {
        if (alreadyAttached + chosen.size() > MAX_PER_OWNER) {
            throw new RejectedInput(FIELD, "photo.tooMany", MAX_PER_OWNER);
        }
        for (MultipartFile file : chosen) {
            if (file.getSize() > MAX_BYTES) {
                throw new RejectedInput(FIELD, "photo.tooLarge", file.getOriginalFilename(), MAX_BYTES / 1024 / 1024);
            }
            if (!TYPES.contains(typeOf(bytes(file)))) {
                throw new RejectedInput(FIELD, "photo.notAnImage", file.getOriginalFilename());
            }
        }
    }

    private String typeOf(byte[] bytes) {
        return tika.detect(bytes);
    }

    /** A JPEG at most {@link #THUMBNAIL_EDGE} pixels on its long edge; none for WebP (the JDK cannot read it). */
    static byte[] thumbnail(byte[] bytes, String type) {
        if (type.equals("image/webp")) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return null;
            }
            double scale = Math.min(1.0, (double) THUMBNAIL_EDGE / Math.max(image.getWidth(), image.getHeight()));
            int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "jpg", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            // A picture the JDK cannot decode is still kept and shown full size.
            return null;
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
