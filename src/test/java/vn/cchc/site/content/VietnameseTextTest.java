package vn.cchc.site.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.testing.SharedTools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Vietnamese ordering and folding with the JDK: the alphabet's order (ă, â after a; đ after d; ê after e;
 * tones after the base letter), spaces and punctuation that count, the same order as ICU4J's Vietnamese
 * collation (which the project used before) on every title, tag and author of the sample site and of a
 * generated corpus, and one folding rule for search and slugs.
 */
class VietnameseTextTest {
    private final VietnameseText text = new VietnameseText();

    @TempDir
    Path dir;

    @Test
    void theAlphabetsOrder() {
        List<String> expected = List.of("anh", "Anh", "ánh", "Ánh", "ăn", "Ăn", "ân", "Bình", "Dung", "đông", "Đông",
                "E", "Ê", "hoa", "Hoa", "Hòa", "Hỏa", "Hộ tịch", "Hội nghị", "O", "Ô", "Ơ", "Thu", "Thư", "Thừa", "U", "Ư",
                "Y tế");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.sort(text.collator());
        assertEquals(expected, shuffled);
    }

    @Test
    void sortsAsIcuDidOnRealTitlesTagsAndAuthors() throws Exception {
        SharedTools.corpus(1500, 11, dir);
        TreeSet<String> words = new TreeSet<>();
        for (Path site : List.of(Path.of(System.getProperty("cchc.sample", ".")), dir)) {
            var config = new SiteConfigLoader().load(Path.of(System.getProperty("cchc.sample", ".")), new ArrayList<>());
            for (Item item : new ContentLoader(site, config).load().items()) {
                words.add(item.title());
                words.addAll(item.tags());
                words.add(item.author());
                words.add(item.summary());
            }
        }
        words.addAll(List.of("a b", "ab", "a-b", "a_b", "a,b", "a.b", "a(b", "a/b", "a1", "a 1", "A B"));
        com.ibm.icu.text.Collator icu = com.ibm.icu.text.Collator.getInstance(new com.ibm.icu.util.ULocale("vi", "VN"));
        icu.setStrength(com.ibm.icu.text.Collator.TERTIARY);
        List<String> byIcu = new ArrayList<>(words);
        byIcu.sort(icu::compare);
        List<String> byJdk = new ArrayList<>(words);
        byJdk.sort(text.collator());
        assertEquals(byIcu, byJdk);
    }

    @Test
    void oneFoldingRuleForSearchAndSlugs() {
        assertEquals("dang ky khai sinh", VietnameseText.fold("Đăng ký khai sinh"));
        assertEquals(VietnameseText.fold("hoà"), VietnameseText.fold("hòa"));
        assertEquals(VietnameseText.fold("Thủ tục"), VietnameseText.fold("Thu\u0309 tu\u0323c")); // NFD from macOS
        assertEquals("thu-tuc-dang-ky-khai-sinh", Slugs.slugify("Thủ tục: Đăng ký khai sinh!"));
    }
}
