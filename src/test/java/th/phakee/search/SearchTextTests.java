package th.phakee.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The search text's contract: each name whole between separators, so that one index finds the three tiers. */
class SearchTextTests {

    @Test
    void eachNameAndEachAliasStandsBetweenSeparators() {
        // พอช. is CODI's abbreviation (seed 004); the alias is one of its spellings in the sources
        String text = SearchText.of(Map.of("nameTh", "สถาบันพัฒนาองค์กรชุมชน", "nameEn", "Community Organizations Development Institute",
                "abbr", "พอช.", "aliases", List.of("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)", "CODI")));
        assertThat(text).isEqualTo("\u001fสถาบันพัฒนาองค์กรชุมชน\u001fcommunity organizations development institute"
                + "\u001fพอช.\u001fสถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)\u001fcodi\u001f");
        // an alias equal to the text is a whole name; a name that starts with it, a start; neither spans two names
        assertThat(text).contains(SearchText.whole("codi"), SearchText.start("สถาบันพัฒนา"), SearchText.whole("พอช."))
                .doesNotContain(SearchText.whole("สถาบันพัฒนา"), SearchText.start("ชุมชน"));
        assertThat(SearchText.of(Map.of("id", "X"))).isNull();
    }
}
