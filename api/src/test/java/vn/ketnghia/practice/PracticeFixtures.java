package vn.ketnghia.practice;

import static io.restassured.RestAssured.given;
import static vn.ketnghia.testsupport.Api.as;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Tokens;

/** Builds good practices and their files through the API for the practice tests. */
public final class PracticeFixtures {

    public static final String PATH = "/api/v1/practices";

    private PracticeFixtures() {
    }

    /** A word no other test writes, so searches can be limited to one test's practices. */
    public static String token() {
        return "kntest" + Long.toString(System.nanoTime(), 36);
    }

    public static Map<String, Object> body(String title, Long agreementId, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("whatWasDone", "Hỗ trợ 10 con bò giống cho 10 hộ nghèo; bê con đầu tiên chuyển cho hộ khác.");
        body.put("results", "Sau 3 năm, 27 hộ có bò; 8 hộ thoát nghèo.");
        body.put("year", 2018);
        body.put("area", "production");
        body.put("tags", tags);
        if (agreementId != null) {
            body.put("agreementId", agreementId);
        }
        return body;
    }

    /** A draft written by {@code user}; returns its id. */
    public static long draft(String user, Map<String, Object> body) {
        return Api.id(as(user).body(body).post(PATH).then().statusCode(201).extract());
    }

    public static long published(String user, Map<String, Object> body) {
        long id = draft(user, body);
        publish(user, id);
        return id;
    }

    public static void publish(String user, long id) {
        as(user).header("If-Match", Api.etagOf(user, PATH + "/" + id)).post(PATH + "/" + id + "/publish").then().statusCode(200);
    }

    public static Response upload(String user, long practiceId, String name, byte[] content, String claimedType) {
        return given().auth().oauth2(Tokens.accessToken(user)).accept("application/json")
                .multiPart("file", name, content, claimedType).post(PATH + "/" + practiceId + "/files");
    }

    /**
     * The multipart body as browsers write it, with the file name in UTF-8: REST Assured would send
     * a Vietnamese name as question marks.
     */
    public static Response browserUpload(String user, long practiceId, String name, byte[] content) {
        String boundary = "----KetNghiaPractice" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(Tokens.accessToken(user)).accept("application/json")
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post(PATH + "/" + practiceId + "/files");
    }

    /** A real image, drawn here: a coloured square of the given size. */
    public static byte[] image(String format, int size, Color color) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, size, size);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
