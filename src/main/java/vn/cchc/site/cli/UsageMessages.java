package vn.cchc.site.cli;

/** Translates picocli's usage errors into Vietnamese, keeping the English after them. */
final class UsageMessages {
    private UsageMessages() {
    }

    static String vietnamese(String english) {
        String vi;
        if (english.startsWith("Unknown option")) {
            vi = "tùy chọn không tồn tại";
        } else if (english.startsWith("Missing required")) {
            vi = "thiếu tham số bắt buộc";
        } else if (english.startsWith("Invalid value")) {
            vi = "giá trị không hợp lệ";
        } else if (english.startsWith("Unmatched argument")) {
            vi = "tham số thừa hoặc lệnh không tồn tại";
        } else if (english.contains("mutually exclusive")) {
            vi = "các tùy chọn này không dùng cùng nhau";
        } else if (english.startsWith("Expected parameter")) {
            vi = "thiếu giá trị cho tùy chọn";
        } else {
            vi = "sai cú pháp";
        }
        return vi + " (" + english + ")";
    }
}
