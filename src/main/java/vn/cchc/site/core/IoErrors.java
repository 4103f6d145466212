package vn.cchc.site.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in Vietnamese why reading or writing a file failed, instead of the JDK's English message. */
public final class IoErrors {
    private IoErrors() {
    }

    /**
     * A short Vietnamese reason, naming the file when the exception knows it. A plain
     * {@link IOException} is this tool's own, already Vietnamese: its message is kept.
     */
    public static String reason(IOException e) {
        if (e.getClass() == IOException.class && e.getMessage() != null) {
            return e.getMessage();
        }
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? " " + fs.getFile() : "";
        if (e instanceof NoSuchFileException) {
            return "không tìm thấy" + file;
        }
        if (e instanceof AccessDeniedException) {
            return "không có quyền đọc/ghi" + file;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "đã có" + file;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "thư mục" + file + " không trống";
        }
        if (e instanceof NotDirectoryException) {
            return file.strip() + " không phải thư mục";
        }
        if (e instanceof FileSystemLoopException) {
            return "liên kết thư mục (symlink) tạo thành vòng lặp" + file;
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "tệp không được lưu bằng mã UTF-8";
        }
        return "lỗi vào/ra" + file + " (" + e.getClass().getSimpleName() + ")";
    }
}
