package vn.cchc.site.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cải cách hành chính|cai-cach-hanh-chinh",
            "Đăng ký khai sinh|dang-ky-khai-sinh",
            "Hội thi trực tuyến tìm hiểu CCHC năm 2025|hoi-thi-truc-tuyen-tim-hieu-cchc-nam-2025",
            "  Đề án 06/CP — VNeID!  |de-an-06-cp-vneid",
            "Chỉ số SIPAS (2025)|chi-so-sipas-2025",
            "ĐƯỜNG|duong"})
    void readableAsciiFromVietnamese(String text, String slug) {
        assertEquals(slug, Slugs.slugify(text));
    }

    @ParameterizedTest
    @CsvSource({"Cải cách hành chính", "Đăng ký khai sinh", "Bình dân học vụ số"})
    void decomposedTextFromMacOsGivesTheSameSlug(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertEquals(Slugs.slugify(text), Slugs.slugify(nfd));
    }

    @org.junit.jupiter.api.Test
    void aLongTextGivesASlugOfAtMostEightyCharactersCutAtAWord() {
        String text = "Hội nghị tổng kết công tác cải cách hành chính ".repeat(10);
        String slug = Slugs.slugify(text);
        assertEquals(true, slug.length() <= Slugs.MAX_LENGTH, slug);
        assertEquals(true, Slugs.slugify(text.repeat(3)).equals(slug), "only the start counts");
        assertEquals(true, slug.startsWith("hoi-nghi-tong-ket") && !slug.endsWith("-"), slug);
        assertEquals(true, ("hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-" + "hoi-nghi-tong-ket-cong-tac-cai-cach")
                .startsWith(slug), "whole words only: " + slug);
        assertEquals(false, Slugs.fits(text));
        assertEquals(true, Slugs.fits("Đăng ký khai sinh"));
        assertEquals(Slugs.MAX_LENGTH, Slugs.slugify("x".repeat(300)).length(), "one long word is cut");
        assertEquals("", Slugs.slugify("!!!"));
    }
}
