package vn.cchc.site.deploy;

import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.SftpModuleProperties;

/**
 * Every deploy test against a bare SFTP version 3 server without extensions: unchanged files are
 * uploaded again, and {@code current} is removed before the new link is renamed into its place.
 */
class SftpPublisherPlainV3Test extends SftpPublisherTest {
    @Override
    void configure(SshServer server) {
        SftpModuleProperties.SFTP_VERSION.set(server, 3);
        SftpModuleProperties.OPENSSH_EXTENSIONS.set(server, "fsync@openssh.com=1"); // neither hardlink nor posix-rename
    }

    @Override
    boolean serverLinks() {
        return false;
    }

    @Override
    boolean atomicSwitch() {
        return false;
    }
}
