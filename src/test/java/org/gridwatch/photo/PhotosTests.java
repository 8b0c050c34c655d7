package org.gridwatch.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.gridwatch.IntegrationTest;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.multipart.MultipartFile;

@IntegrationTest
class PhotosTests {

    @Autowired Photos photos;

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static PhotoOwner someOwner() {
        return new PhotoOwner("test", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    }

    @Test
    void storesAJpegAndAPngWithThumbnailsNoLargerThanTheEdge() throws IOException {
        PhotoOwner owner = someOwner();
        List<Long> ids = photos.attach(owner, List.of(
                new MockMultipartFile("photos", "a.jpg", "image/jpeg", image("jpg", 1600, 1200)),
                new MockMultipartFile("photos", "b.png", "image/png", image("png", 200, 100))), null);

        assertThat(photos.of(owner)).extracting(PhotoView::contentType).containsExactly("image/jpeg", "image/png");
        BufferedImage thumb = ImageIO.read(new java.io.ByteArrayInputStream(
                photos.content(owner, ids.get(0), true).bytes()));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(Photos.THUMBNAIL_EDGE);
        assertThat(photos.content(owner, ids.get(1), false).contentType()).isEqualTo("image/png");
    }

    @Test
    void tellsTheTypeFromTheBytesNotTheName() {
        MultipartFile text = new MockMultipartFile("photos", "holiday.jpg", "image/jpeg",
                "not a picture at all".getBytes());
        var errors = new BeanPropertyBindingResult(new Form(), "form");

        assertThat(photos.validate(List.of(text), 0, errors, "photos")).isFalse();
        assertThat(errors.getFieldError("photos").getCode()).isEqualTo("photo.notAnImage");
        assertThatThrownBy(() -> photos.attach(someOwner(), List.of(text), null))
                .isInstanceOf(RejectedInput.class);
    }

    @Test
    void refusesASixthPhotoCountingThoseAlreadyAttached() throws IOException {
        PhotoOwner owner = someOwner();
        byte[] png = image("png", 10, 10);
        List<MultipartFile> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(new MockMultipartFile("photos", i + ".png", "image/png", png));
        }
        photos.attach(owner, four, null);
        List<MultipartFile> two = List.of(new MockMultipartFile("photos", "x.png", "image/png", png),
                new MockMultipartFile("photos", "y.png", "image/png", png));
        var errors = new BeanPropertyBindingResult(new Form(), "form");

        assertThat(photos.validate(two, photos.count(owner), errors, "photos")).isFalse();
        assertThat(errors.getFieldError("photos").getCode()).isEqualTo("photo.tooMany");
        assertThat(photos.count(owner)).isEqualTo(4);
    }

    @Test
    void ignoresTheEmptyPartABrowserSendsWhenNoFileWasChosen() {
        var errors = new BeanPropertyBindingResult(new Form(), "form");
        MultipartFile none = new MockMultipartFile("photos", "", "application/octet-stream", new byte[0]);

        assertThat(photos.validate(List.of(none), 0, errors, "photos")).isTrue();
        assertThat(photos.attach(someOwner(), List.of(none), null)).isEmpty();
    }

    @Test
    void aPhotoIsOnlyServedForItsOwnRecord() throws IOException {
        PhotoOwner owner = someOwner();
        long id = photos.attach(owner, List.of(new MockMultipartFile("photos", "a.png", "image/png",
                image("png", 10, 10))), null).get(0);

        assertThatThrownBy(() -> photos.content(new PhotoOwner("test", owner.id() + 1), id, false))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> photos.content(new PhotoOwner("other", owner.id()), id, false))
                .isInstanceOf(RecordNotFoundException.class);
    }

    static class Form {
        private List<MultipartFile> photos;

        public List<MultipartFile> getPhotos() {
            return photos;
        }

        public void setPhotos(List<MultipartFile> photos) {
            this.photos = photos;
        }
    }
}
