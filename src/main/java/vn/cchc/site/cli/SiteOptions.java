package vn.cchc.site.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --source} option shared by commands that read a site. */
final class SiteOptions {
    @Option(names = {"-s", "--source"}, paramLabel = "THƯ_MỤC", defaultValue = ".",
            description = "Thư mục gốc của trang (chứa content/, templates/, assets/, site.yml). Mặc định: thư mục hiện tại.")
    Path source;

    Path source() {
        return source.toAbsolutePath().normalize();
    }
}
