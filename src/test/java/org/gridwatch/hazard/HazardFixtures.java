package org.gridwatch.hazard;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.multipart.MultipartFile;

/**
 * A small territory for hazard tests (two stations, see {@link TestTerritory}) with people behind accounts:
 * two officers and an auxiliary of station A, a supervisor of station A, an officer of station B, a mediator.
 * Also makes real little PNG and JPEG pictures.
 */
public final class HazardFixtures {

    public final TestTerritory t;
    public final SignedInUser officerA;
    public final long officerAPerson;
    public final SignedInUser otherOfficerA;
    public final long otherOfficerAPerson;
    public final SignedInUser auxiliaryA;
    public final long auxiliaryAPerson;
    public final SignedInUser supervisorA;
    public final SignedInUser officerB;
    public final SignedInUser mediatorA;
    public final AreaScope stationAScope;

    private final JdbcClient jdbc;

    public HazardFixtures(JdbcClient jdbc, AccountManagement accounts, UserDetailsService users) {
        this.jdbc = jdbc;
        t = TestTerritory.create(jdbc);
        officerAPerson = person("OFFICER", "张伟" + t.suffix, t.communityA);
        otherOfficerAPerson = person("OFFICER", "李强" + t.suffix, t.communityA);
        auxiliaryAPerson = person("AUXILIARY", "王芳" + t.suffix, t.communityA);
        officerA = linked(TestTerritory.user(accounts, users, t.stationA, Role.OFFICER), officerAPerson, users);
        otherOfficerA = linked(TestTerritory.user(accounts, users, t.stationA, Role.OFFICER), otherOfficerAPerson, users);
        auxiliaryA = linked(TestTerritory.user(accounts, users, t.stationA, Role.AUXILIARY), auxiliaryAPerson, users);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        officerB = linked(TestTerritory.user(accounts, users, t.stationB, Role.OFFICER),
                person("OFFICER", "赵军" + t.suffix, t.communityB), users);
        mediatorA = TestTerritory.user(accounts, users, t.stationA, Role.MEDIATOR);
        stationAScope = new AreaScope(jdbc.sql("select path from area where id = ?").param(t.stationA)
                .query(String.class).single());
    }

    public long person(String kind, String name, long homeArea) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                insert into person (kind, name, home_area_id, police_number, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(kind, name, homeArea,
                        kind.equals("OFFICER") ? "H" + UUID.randomUUID().toString().substring(0, 12) : null, now, now)
                .query(Long.class).single();
    }

    private SignedInUser linked(SignedInUser user, long personId, UserDetailsService users) {
        jdbc.sql("update person set account_id = ? where id = ?").params(user.accountId(), personId).update();
        return (SignedInUser) users.loadUserByUsername(user.getUsername());
    }

    public HazardData hazard(long grid, String description, Instant foundAt) {
        return new HazardData(grid, null, null, null, HazardCategory.FIRE, HazardSeverity.HIGH, description,
                HazardFoundBy.PATROL, foundAt, "星空网咖" + t.suffix, "赵经理", "13812345678", null);
    }

    /** A real PNG picture of one colour with a darker band, {@code width} × {@code height} pixels. */
    public static byte[] png(Color colour, int width, int height) {
        return picture(colour, width, height, "png");
    }

    public static byte[] jpeg(Color colour, int width, int height) {
        return picture(colour, width, height, "jpg");
    }

    public static MultipartFile photo(String name) {
        return new MockMultipartFile("photos", name, "image/png", png(Color.ORANGE, 64, 48));
    }

    public static List<MultipartFile> photos(String name) {
        return List.of(photo(name));
    }

    private static byte[] picture(Color colour, int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(colour.darker().darker());
        g.fillRect(0, height / 3, width, height / 3);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
