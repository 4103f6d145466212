#!/bin/sh
# Đăng chuyên mục – một tệp làm cả việc, cho GitHub, GitLab hay máy của cán bộ:
#   .cchc/publish.sh check     tải công cụ, kiểm tra nội dung và liên kết (yêu cầu hợp nhất)
#   .cchc/publish.sh publish   kiểm tra, tạo trang, in số tin bài trong năm, đăng lên máy chủ (nhánh chính)
# Phiên bản công cụ, địa chỉ tải và mã SHA-256 ở .cchc/tool.env.
# Biến môi trường để đăng (đặt trong phần biến bí mật của CI, không ghi vào tệp nào):
#   CCHC_DEPLOY_HOST, CCHC_DEPLOY_USER, CCHC_DEPLOY_ROOT, CCHC_DEPLOY_PORT (nếu khác 22),
#   CCHC_DEPLOY_SSH_KEY (khóa riêng) và CCHC_DEPLOY_KNOWN_HOSTS (dòng khóa máy chủ): nội dung hoặc đường dẫn tệp.
# Phường không có máy chủ riêng: CCHC_DEPLOY_TARGET=pages thì bước đăng chép trang web vào thư mục
#   CCHC_PAGES_DIR (mặc định public/, thư mục GitLab Pages đăng; GitHub Pages dùng _site) thay cho SFTP.
set -eu
cd "$(dirname "$0")/.."
. ./.cchc/tool.env

fail() {
  echo "Lỗi: $*" >&2
  exit 1
}

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

download() {
  if command -v curl >/dev/null 2>&1; then curl -fsSL -o "$2" "$1"
  elif command -v wget >/dev/null 2>&1; then wget -q -O "$2" "$1"
  else fail "máy chạy không có curl hay wget để tải công cụ. Cài một trong hai (apt-get install curl)."
  fi
}

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The pinned release, downloaded once into the cache and checked against its SHA-256; the cache is
# keyed by version and checksum, so a release rebuilt under the same version is downloaded again.
TOOLS=${CCHC_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/cchc-site/releases}
TOOL_HOME="$TOOLS/cchc-site-$CCHC_TOOL_VERSION-$(printf '%.16s' "$CCHC_TOOL_SHA256")"
if [ ! -x "$TOOL_HOME/bin/cchc-site" ]; then
  [ -n "$CCHC_TOOL_SHA256" ] || fail ".cchc/tool.env chưa có mã CCHC_TOOL_SHA256. Tải $CCHC_TOOL_URL, chạy: sha256sum <tệp vừa tải>, rồi chép mã vào dòng CCHC_TOOL_SHA256."
  echo "Tải cchc-site $CCHC_TOOL_VERSION từ $CCHC_TOOL_URL"
  download "$CCHC_TOOL_URL" "$WORK/tool.tar.gz" || fail "không tải được $CCHC_TOOL_URL. Kiểm tra địa chỉ trong .cchc/tool.env và mạng của máy chạy."
  got=$(sha256 "$WORK/tool.tar.gz")
  [ "$got" = "$CCHC_TOOL_SHA256" ] || fail "tệp tải về có SHA-256 $got, khác mã trong .cchc/tool.env ($CCHC_TOOL_SHA256): không dùng tệp này. Kiểm tra lại địa chỉ và mã của bản phát hành."
  mkdir -p "$WORK/tool" "$TOOLS"
  tar -xzf "$WORK/tool.tar.gz" -C "$WORK/tool"
  rm -rf "$TOOL_HOME"
  mv "$WORK/tool/cchc-site-$CCHC_TOOL_VERSION" "$TOOL_HOME"
fi
cchc() {
  "$TOOL_HOME/bin/cchc-site" "$@"
}

# The yearly count, where the officer looks: the job log, and the GitHub job summary as a Markdown table.
summary() {
  count=$(cchc stats)
  printf '%s\n' "$count"
  [ -n "${GITHUB_STEP_SUMMARY:-}" ] || return 0
  {
    echo "### Số tin, bài trên chuyên mục"
    echo
    # the CSV's period line, then its first table (header "…;Số lượng") up to the blank line after it
    cchc stats --format csv | tr -d '\r' | awk -F';' '
      /^Kỳ/ && !period { print $1 ": " $2; print ""; period = 1; next }
      $2 == "Số lượng" && !table { table = 1; print "| " $1 " | Số lượng |"; print "|---|---:|"; next }
      table && /^$/ { exit }
      table { print "| " $1 " | " $2 " |" }'
    echo
    printf '%s\n' "$count" | grep '^  Chỉ tiêu' | sed 's/^  /- /' || true
  } >> "$GITHUB_STEP_SUMMARY"
}

# The known_hosts line given as its text or as a file (GitLab "File" variables): the tool reads a file.
known_hosts_file() {
  if [ -f "$1" ]; then cat "$1"; else printf '%s\n' "$1"; fi > "$WORK/known_hosts"
  echo "$WORK/known_hosts"
}

deploy() {
  case "${CCHC_DEPLOY_TARGET:-sftp}" in
    pages)
      cchc deploy --target pages --pages-dir "${CCHC_PAGES_DIR:-public}"
      return
      ;;
    sftp) ;;
    *) fail "CCHC_DEPLOY_TARGET=$CCHC_DEPLOY_TARGET không hợp lệ: chỉ dùng sftp (máy chủ riêng) hoặc pages (GitLab/GitHub Pages)." ;;
  esac
  # the key, as text or as a file, goes to the tool as it is: it is read in memory, never written
  if [ -n "${CCHC_DEPLOY_SSH_KEY:-}" ]; then
    CCHC_DEPLOY_KEY=$CCHC_DEPLOY_SSH_KEY
    export CCHC_DEPLOY_KEY
  fi
  if [ -n "${CCHC_DEPLOY_KNOWN_HOSTS:-}" ]; then
    CCHC_DEPLOY_KNOWN_HOSTS=$(known_hosts_file "$CCHC_DEPLOY_KNOWN_HOSTS")
    export CCHC_DEPLOY_KNOWN_HOSTS
  fi
  cchc deploy
}

case "${1:-}" in
  check)
    cchc check
    ;;
  publish)
    cchc check
    cchc build
    summary
    deploy
    ;;
  *)
    echo "Cách dùng: .cchc/publish.sh check | publish" >&2
    exit 2
    ;;
esac
