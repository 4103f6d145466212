package vn.cchc.site.export;

import java.util.List;

/**
 * One item of the paste pack, as the queue page lists it.
 *
 * @param folder   the item's folder in the pack (its slug)
 * @param title    title to paste
 * @param summary  summary to paste
 * @param bodyHtml the paste-ready body fragment (also in {@code noi-dung.html})
 * @param category the portal's category for the item
 * @param date     "dd/MM/yyyy HH:mm" in Vietnam time, or empty for undated pages
 * @param author   the author, or the ward when none is written
 * @param cover    file name of the sharing image in the folder, or null
 * @param files    names of the files in the folder to upload (images, attachments), in order of use
 * @param source   the content file, where {@code portal_url} is to be written
 * @param pageUrl  public address of the item in the column
 */
public record PackEntry(String folder, String title, String summary, String bodyHtml, String category, String date,
                        String author, String cover, List<String> files, String source, String pageUrl) {
    public PackEntry {
        files = List.copyOf(files);
    }
}
