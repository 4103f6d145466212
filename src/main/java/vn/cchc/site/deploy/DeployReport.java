package vn.cchc.site.deploy;

/**
 * What a deploy did.
 *
 * @param release  name of the release now live
 * @param previous name of the release live before, or null
 * @param uploaded files sent over the network
 * @param reused   files unchanged since the live release, linked or copied on the server
 * @param bytes    bytes sent
 * @param pruned   old releases removed
 */
public record DeployReport(String release, String previous, int uploaded, int reused, long bytes, int pruned) {
}
