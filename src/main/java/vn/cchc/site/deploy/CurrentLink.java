package vn.cchc.site.deploy;

import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;

/**
 * The remote {@code current}: the symbolic link the web server serves, which a deploy or a
 * rollback points at a release in one step. It must be a link (or not exist yet): a real folder
 * there (a site copied by hand before the tool was used) cannot be switched, and is reported
 * before anything is uploaded.
 */
final class CurrentLink {
    static final String CURRENT = "current";

    private final SftpClient sftp;
    private final String root;

    CurrentLink(SftpClient sftp, String root) {
        this.sftp = sftp;
        this.root = root;
    }

    /** Refuses a {@code current} that is a folder or a file rather than a symbolic link. */
    void check() throws IOException, DeployException {
        String current = root + "/" + CURRENT;
        SftpClient.Attributes attrs;
        try {
            attrs = sftp.lstat(current);
        } catch (SftpException e) {
            return; // not there yet: the first deploy makes it
        }
        if (!attrs.isSymbolicLink()) {
            throw new DeployException("Trên máy chủ, " + current + " là một " + (attrs.isDirectory() ? "thư mục" : "tệp")
                    + " thật, không phải liên kết (symlink) tới một bản trong " + root + "/releases/, nên lệnh deploy "
                    + "không chuyển được nó. Đổi tên nó trên máy chủ (ví dụ: mv " + current + " " + current
                    + ".cu), rồi chạy lại deploy: lệnh sẽ tạo liên kết current mới. Chưa có gì thay đổi trên máy chủ.");
        }
    }

    /**
     * Points {@code current} at {@code release} in one rename of a new symbolic link over it:
     * {@code posix-rename@openssh.com} (OpenSSH, SFTP 3), else an atomic overwriting rename (SFTP 5+).
     * A server with neither (plain SFTP 3 rename refuses to overwrite) gets the old link removed first:
     * for a moment there is no {@code current}, but never a mixed tree.
     */
    void switchTo(String release) throws IOException {
        String current = root + "/" + CURRENT;
        String temp = root + "/." + CURRENT + "-" + release;
        if (SftpPublisher.exists(sftp, temp)) {
            sftp.remove(temp);
        }
        sftp.symLink(temp, SftpPublisher.RELEASES + "/" + release);
        OpenSSHPosixRenameExtension posix = sftp.getExtension(OpenSSHPosixRenameExtension.class);
        try {
            if (posix != null && posix.isSupported()) {
                posix.posixRename(temp, current);
                return;
            }
            if (sftp.getVersion() >= SftpConstants.SFTP_V5) {
                sftp.rename(temp, current, SftpClient.CopyMode.Atomic, SftpClient.CopyMode.Overwrite);
                return;
            }
        } catch (SftpException e) {
            // refused by the server: fall back below
        }
        if (SftpPublisher.exists(sftp, current)) {
            sftp.remove(current);
        }
        sftp.rename(temp, current);
    }
}
