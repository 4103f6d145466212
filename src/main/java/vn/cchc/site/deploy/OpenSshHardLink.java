package vn.cchc.site.deploy;

import org.apache.sshd.sftp.client.RawSftpClient;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.helpers.AbstractSftpClientExtension;
import org.apache.sshd.sftp.common.extensions.openssh.HardLinkExtensionParser;

import java.io.IOException;

/**
 * The {@code hardlink@openssh.com} request (OpenSSH {@code PROTOCOL}, section 4.6): a hard link made
 * by the server, over SFTP version 3. MINA's client has no typed extension for it, and its
 * {@link SftpClient#link} makes hard links only over SFTP version 6, which OpenSSH does not speak.
 */
final class OpenSshHardLink extends AbstractSftpClientExtension {

    OpenSshHardLink(SftpClient client) {
        super(HardLinkExtensionParser.NAME, client, (RawSftpClient) client, client.getServerExtensions());
    }

    /** Makes {@code newPath} a hard link to the existing file {@code existing}. */
    void link(String existing, String newPath) throws IOException {
        var buffer = getCommandBuffer(2 * Integer.BYTES + 4 * (existing.length() + newPath.length()));
        putTarget(buffer, existing);
        putTarget(buffer, newPath);
        checkStatus(receive(sendExtendedCommand(buffer)));
    }
}
