package vn.cchc.site.content;

import vn.cchc.site.core.Problem;

import java.util.List;

/**
 * Every item read from {@code content/} (drafts and future items included; visibility is decided
 * later against the build's "now"), with the problems found while reading and the files that gave
 * no item, sorted by file.
 */
public record LoadedContent(List<Item> items, List<Problem> problems, int filesRead, List<UnparsedBody> unparsed) {
    public LoadedContent {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        unparsed = List.copyOf(unparsed);
    }
}
