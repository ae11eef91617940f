package vn.ketnghia.joining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.joining.JoiningFixtures.newCommune;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Fixtures;

/** The công văn mời tham gia read back with POI, against a period built by hand. */
@QuarkusTest
class InvitationLetterTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void theLetterIsAddressedToTheOrganisationAndItsAnnexListsExactlyTheCommunesWithoutAPartner() throws IOException {
        long period = JoiningFixtures.newPeriod();
        long north = Fixtures.newDistrict("Bắc Thư Mời");
        long south = Fixtures.newDistrict("Nam Thư Mời");
        long partner = Fixtures.newOrganization("Sở Thử Có Kết Nghĩa", "department");
        newCommune(north, "A Thư", period, true, false);
        long covered = newCommune(north, "B Thư", period, true, false);
        newCommune(north, "C Thư", period, false, false);
        newCommune(south, "D Thư", period, true, true);
        long onlyProposed = newCommune(south, "E Thư", period, true, false);
        JoiningFixtures.agreement(partner, covered, period, true);
        JoiningFixtures.agreement(partner, onlyProposed, period, false);
        long invited = Fixtures.newOrganization("Công ty Thử Được Mời", "enterprise");
        long invitation = JoiningFixtures.invite(period, invited);

        Response response = as("bdt").accept(DOCX).get("/api/v1/invitations/" + invitation + "/letter");
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith(DOCX), response.contentType());
        assertTrue(response.header("Content-Disposition").contains("attachment"));
        // Kept for a look by hand (LibreOffice renders it): the build's own folder, never committed.
        Files.write(Path.of("target", "invitation-letter.docx"), response.asByteArray());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.asByteArray()))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Kính gửi: Công ty Thử Được Mời."), text);
            assertTrue(text.contains("Số: 312/BDT-VP"), text);
            assertTrue(text.contains("Chỉ thị số 23-CT/TU"), text);
            String replyBy = LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertTrue(text.contains("trước ngày " + replyBy), text);
            assertTrue(text.contains("còn 3 xã đặc biệt khó khăn thuộc 2 huyện"), text);
            assertTrue(text.contains("Mong quý cơ quan quan tâm."), text);
            assertTrue(text.contains("Tham gia chương trình"), text);
            assertTrue(text.contains("PHỤ LỤC"), text);

            XWPFTable annex = doc.getTables().getLast();
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : annex.getRows().subList(1, annex.getRows().size())) {
                rows.add(List.of(row.getCell(1).getText(), row.getCell(2).getText(), row.getCell(3).getText()));
            }
            assertEquals(List.of(
                    List.of("Xã A Thư", "Bắc Thư Mời", ""),
                    List.of("Xã D Thư", "Nam Thư Mời", "Xã biên giới"),
                    List.of("Xã E Thư", "Nam Thư Mời", "")), rows);
        }

        // The invited organisation would read its own letter; another unit and a district may not.
        as("sotaichinh").accept(DOCX).get("/api/v1/invitations/" + invitation + "/letter").then().statusCode(404);
        as("namgiang").accept(DOCX).get("/api/v1/invitations/" + invitation + "/letter").then().statusCode(403);
        as("lanhdao").accept(DOCX).get("/api/v1/invitations/" + invitation + "/letter").then().statusCode(200);
    }
}
