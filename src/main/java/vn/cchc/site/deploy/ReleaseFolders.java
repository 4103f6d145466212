package vn.cchc.site.deploy;

import org.apache.sshd.sftp.client.SftpClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static vn.cchc.site.deploy.SftpFiles.exists;
import static vn.cchc.site.deploy.SftpFiles.removeTree;
import static vn.cchc.site.deploy.SftpPublisher.COMPLETE;
import static vn.cchc.site.deploy.SftpPublisher.CURRENT;
import static vn.cchc.site.deploy.SftpPublisher.RELEASES;

/** The {@code releases/} folder on the server: which releases are complete, and its housekeeping. */
final class ReleaseFolders {
    private ReleaseFolders() {
    }

    /** The complete releases (with their {@code .complete} marker), oldest first. */
    static List<String> completeReleases(SftpClient sftp, String releases) throws IOException {
        List<String> out = new ArrayList<>();
        for (SftpClient.DirEntry e : sftp.readDir(releases)) {
            String n = e.getFilename();
            if (!n.startsWith(".") && exists(sftp, releases + "/" + n + "/" + COMPLETE)) {
                out.add(n);
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    /** Removes the releases never completed (but the live one) and links left by a run stopped mid-switch. */
    static void removeIncomplete(SftpClient sftp, String root, String live) throws IOException {
        String releases = root + "/" + RELEASES;
        for (SftpClient.DirEntry e : sftp.readDir(releases)) {
            String n = e.getFilename();
            if (!n.equals(".") && !n.equals("..") && !n.equals(live)
                    && !exists(sftp, releases + "/" + n + "/" + COMPLETE)) {
                removeTree(sftp, releases + "/" + n);
            }
        }
        // a run stopped between making the new link and renaming it leaves the link behind
        for (SftpClient.DirEntry e : sftp.readDir(root)) {
            if (e.getFilename().startsWith("." + CURRENT + "-")) {
                sftp.remove(root + "/" + e.getFilename());
            }
        }
    }

    /** Removes the oldest complete releases beyond {@code keep}, never the live one; returns how many. */
    static int prune(SftpClient sftp, String root, int keep, String live) throws IOException {
        String releases = root + "/" + RELEASES;
        List<String> complete = completeReleases(sftp, releases);
        int pruned = 0;
        for (int i = 0; i < complete.size() - keep; i++) {
            if (!complete.get(i).equals(live)) {
                removeTree(sftp, releases + "/" + complete.get(i));
                pruned++;
            }
        }
        return pruned;
    }
}
