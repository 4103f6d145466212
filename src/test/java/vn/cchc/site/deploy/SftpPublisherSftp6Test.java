package vn.cchc.site.deploy;

import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.SftpModuleProperties;

/**
 * Every deploy test against an SFTP version 6 server without OpenSSH's extensions: hard links by
 * {@code SSH_FXP_LINK}, the switch by a rename with the atomic and overwrite flags.
 */
class SftpPublisherSftp6Test extends SftpPublisherTest {
    @Override
    void configure(SshServer server) {
        SftpModuleProperties.SFTP_VERSION.set(server, 6);
        SftpModuleProperties.OPENSSH_EXTENSIONS.set(server, "fsync@openssh.com=1"); // neither hardlink nor posix-rename
    }
}
