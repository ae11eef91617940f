package vn.ketnghia.practice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.ketnghia.practice.PracticeFixtures.PATH;
import static vn.ketnghia.practice.PracticeFixtures.body;
import static vn.ketnghia.practice.PracticeFixtures.upload;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Tokens;

/** Photos and documents of good practices: round trip, types by content, limits, cover image. */
@QuarkusTest
class PracticeFileTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** The RIFF header of a WebP file: size, then "WEBP" and its first chunk. */
    private static final byte[] WEBP = {'R', 'I', 'F', 'F', 26, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 13, 0, 0, 0,
            0x2F, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private static Response download(String user, long practiceId, long fileId) {
        return given().auth().oauth2(Tokens.accessToken(user)).accept("*/*").get(PATH + "/" + practiceId + "/files/" + fileId);
    }

    private static long practice(String token) {
        return PracticeFixtures.draft("sonnptnt", body("Mô hình có ảnh " + token, null, List.of("ảnh")));
    }

    private static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void filesRoundTripByteForByteAndTheFirstImageIsTheCover() throws Exception {
        String token = PracticeFixtures.token();
        long id = practice(token);
        String etag = Api.etagOf("sonnptnt", PATH + "/" + id);

        byte[] pdf = PDF;
        long pdfId = PracticeFixtures.browserUpload("sonnptnt", id, "Báo cáo mô hình.pdf", pdf).then().statusCode(201)
                .header("Location", containsString(PATH + "/" + id + "/files/"))
                .body("mediaType", equalTo("application/pdf")).body("image", equalTo(false))
                .body("fileName", equalTo("Báo cáo mô hình.pdf")).body("sizeBytes", equalTo(pdf.length))
                .extract().jsonPath().getLong("id");
        byte[] jpeg = PracticeFixtures.image("jpg", 40, Color.GREEN);
        // The name lies; the content decides.
        long jpegId = upload("sonnptnt", id, "chuong-bo.png", jpeg, "image/png").then().statusCode(201)
                .body("mediaType", equalTo("image/jpeg")).body("image", equalTo(true)).extract().jsonPath().getLong("id");
        byte[] png = PracticeFixtures.image("png", 30, Color.ORANGE);
        long pngId = upload("sonnptnt", id, "ruong.png", png, "image/png").then().statusCode(201)
                .body("mediaType", equalTo("image/png")).extract().jsonPath().getLong("id");
        upload("sonnptnt", id, "anh.webp", WEBP, "image/webp").then().statusCode(201).body("mediaType", equalTo("image/webp"));
        byte[] docx = docx();
        upload("sonnptnt", id, "Kinh nghiệm.docx", docx, "application/octet-stream").then().statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

        String after = Api.etagOf("sonnptnt", PATH + "/" + id);
        assertNotEquals(etag, after, "the practice's ETag moves with its files");
        as("sonnptnt").get(PATH + "/" + id).then().statusCode(200)
                .body("files", hasSize(5)).body("coverFileId", equalTo((int) jpegId));

        // Drafts' files are as hidden as the drafts.
        download("sotaichinh", id, jpegId).then().statusCode(404);
        PracticeFixtures.publish("sonnptnt", id);
        as("taygiang").get(PATH + "?q=" + token).then().statusCode(200)
                .body("items[0].coverFileId", equalTo((int) jpegId)).body("items[0].fileCount", equalTo(5));

        for (String reader : List.of("sotaichinh", "lanhdao", "taygiang")) {
            Response image = download(reader, id, jpegId);
            image.then().statusCode(200).contentType("image/jpeg").header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", startsWith("inline;"));
            assertArrayEquals(jpeg, image.asByteArray(), reader + " gets the image byte for byte");
            Response document = download(reader, id, pdfId);
            document.then().statusCode(200).contentType("application/pdf")
                    .header("Content-Disposition", startsWith("attachment;"))
                    .header("Content-Disposition", containsString("filename*=UTF-8''B%C3%A1o%20c%C3%A1o"));
            assertArrayEquals(pdf, document.asByteArray());
        }
        assertArrayEquals(png, download("admin", id, pngId).asByteArray());

        // Removing the cover makes the next image the cover; removing needs the practice's ETag.
        String current = Api.etagOf("sonnptnt", PATH + "/" + id);
        as("sonnptnt").delete(PATH + "/" + id + "/files/" + jpegId).then().statusCode(428);
        as("sonnptnt").header("If-Match", current).delete(PATH + "/" + id + "/files/" + jpegId).then().statusCode(204);
        as("sonnptnt").get(PATH + "/" + id).then().body("files", hasSize(4)).body("coverFileId", equalTo((int) pngId));
        download("sonnptnt", id, jpegId).then().statusCode(404);
        // A file id of another practice is not found under this one.
        long other = practice(PracticeFixtures.token());
        download("sonnptnt", other, pngId).then().statusCode(404);
    }

    @Test
    void wrongTypesAre415TooLargeIs413AndNothingIsStored() {
        long id = practice(PracticeFixtures.token());
        String etag = Api.etagOf("sonnptnt", PATH + "/" + id);
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload("sonnptnt", id, "anh.jpg", exe, "image/jpeg").then().statusCode(415)
                .contentType("application/problem+json").body("type", equalTo("urn:ketnghia:problem:unsupported-media-type"));
        upload("sonnptnt", id, "ghi-chu.txt", "Xin chào".getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(415);
        // Report attachments take PPTX and old Office files; practices do not.
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        upload("sonnptnt", id, "cu.doc", ole2, "application/msword").then().statusCode(415);

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload("sonnptnt", id, "qua-lon.pdf", big, "application/pdf").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:ketnghia:problem:payload-too-large"));
        upload("sonnptnt", id, "rong.pdf", new byte[0], "application/pdf").then().statusCode(400);
        given().auth().oauth2(Tokens.accessToken("sonnptnt")).accept("application/json")
                .multiPart("other", "x.pdf", PDF, "application/pdf").post(PATH + "/" + id + "/files").then().statusCode(400)
                .contentType("application/problem+json");

        as("sonnptnt").get(PATH + "/" + id).then().statusCode(200).body("files", hasSize(0)).body("coverFileId", nullValue())
                .header("ETag", equalTo(etag));
    }

    @Test
    void aPracticeHoldsAtMostTwentyFiles() {
        long id = practice(PracticeFixtures.token());
        for (int i = 0; i < 20; i++) {
            upload("sonnptnt", id, "tep-" + i + ".pdf", PDF, "application/pdf").then().statusCode(201);
        }
        upload("sonnptnt", id, "tep-21.pdf", PDF, "application/pdf").then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(20, as("sonnptnt").get(PATH + "/" + id).then().extract().jsonPath().getList("files").size());
    }
}
