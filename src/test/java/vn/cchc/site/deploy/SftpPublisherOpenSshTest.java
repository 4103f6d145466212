package vn.cchc.site.deploy;

import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.SftpModuleProperties;

/**
 * Every deploy test against a server that speaks like OpenSSH's {@code sftp-server}: SFTP version 3
 * with the {@code hardlink@openssh.com} and {@code posix-rename@openssh.com} extensions.
 */
class SftpPublisherOpenSshTest extends SftpPublisherTest {
    @Override
    void configure(SshServer server) {
        SftpModuleProperties.SFTP_VERSION.set(server, 3);
        SftpModuleProperties.OPENSSH_EXTENSIONS.set(server, "hardlink@openssh.com=1,posix-rename@openssh.com=1");
    }
}
