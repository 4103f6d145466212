package vn.cchc.site.deploy;

import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** File operations on the server over one SFTP session, as the publisher needs them. */
final class SftpFiles {
    private SftpFiles() {
    }

    static Manifest readManifest(SftpClient sftp, String release) throws IOException {
        try (InputStream in = sftp.read(release + "/" + Manifest.FILE)) {
            return Manifest.read(in);
        } catch (SftpException e) {
            return new Manifest(Map.of());
        }
    }

    static String uniqueName(SftpClient sftp, String releases, String wanted) throws IOException {
        String name = wanted;
        for (int n = 2; exists(sftp, releases + "/" + name); n++) {
            name = wanted + "-" + n;
        }
        return name;
    }

    static boolean exists(SftpClient sftp, String path) throws IOException {
        try {
            sftp.lstat(path);
            return true;
        } catch (SftpException e) {
            return false;
        }
    }

    /**
     * Hard-links {@code newPath} to {@code existing} on the server: {@code hardlink@openssh.com} (OpenSSH,
     * SFTP 3), else {@code SSH_FXP_LINK} (SFTP 6). False when the server can do neither, or refuses;
     * the caller then uploads the file again.
     */
    static boolean link(SftpClient sftp, String existing, String newPath) {
        try {
            OpenSshHardLink openssh = new OpenSshHardLink(sftp);
            if (openssh.isSupported()) {
                openssh.link(existing, newPath);
            } else if (sftp.getVersion() >= SftpConstants.SFTP_V6) {
                sftp.link(newPath, existing, false);
            } else {
                return false;
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static long upload(SftpClient sftp, Path local, String remote) throws IOException {
        try (OutputStream out = sftp.write(remote); InputStream in = Files.newInputStream(local)) {
            return in.transferTo(out);
        }
    }

    static void removeTree(SftpClient sftp, String path) throws IOException {
        SftpClient.Attributes attrs = sftp.lstat(path);
        if (attrs.isDirectory()) {
            List<String> children = new ArrayList<>();
            for (SftpClient.DirEntry e : sftp.readDir(path)) {
                if (!e.getFilename().equals(".") && !e.getFilename().equals("..")) {
                    children.add(path + "/" + e.getFilename());
                }
            }
            for (String child : children) {
                removeTree(sftp, child);
            }
            sftp.rmdir(path);
        } else {
            sftp.remove(path);
        }
    }

    static void mkdirs(SftpClient sftp, String path, Set<String> made) throws IOException {
        if (path.isEmpty() || made.contains(path)) {
            return;
        }
        if (!exists(sftp, path)) {
            mkdirs(sftp, parent(path), made);
            sftp.mkdir(path);
        }
        made.add(path);
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "" : path.substring(0, slash);
    }
}
