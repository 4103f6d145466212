package vn.cchc.site.bake;

import java.util.List;

/**
 * The site-wide values every template sees as {@code site}.
 *
 * @param title    name of the column
 * @param ward     ward name
 * @param parent   the authority above the ward
 * @param baseUrl  public base URL ending in '/'
 * @param address  footer address
 * @param hotline  footer phone
 * @param email    footer e-mail
 * @param nav      main navigation
 * @param statsPage whether the statistics page is published
 * @param year     the build's year (footer)
 * @param preview  true in the {@code serve} preview (drafts shown, marked)
 * @param logo     site-relative path of the ward's emblem shown in the header
 */
public record SiteView(String title, String ward, String parent, String baseUrl, String address, String hotline,
                       String email, List<Link> nav, boolean statsPage, int year, boolean preview, String logo) {
}
