#!/usr/bin/env python3
"""Copied unchanged from the project's ../shared/tools/gen-corpus.py, so that tests and benchmarks
run from any checkout.

Writes a synthetic content/ tree of N items in the cchc-site front-matter format,
with Vietnamese text drawn from the seed reports, and expected.json holding the counts
that `stats` must report for each calendar year and each annual reporting window
(15/12 of the previous year to 14/12, Nghị định 09/2019/NĐ-CP).

    gen-corpus.py --count 10000 --seed 7 --out /tmp/corpus   # writes /tmp/corpus/content, expected.json

Dates are local Vietnam time (UTC+7). Drafts and items dated after --now are written but
not counted. Deterministic for a given --seed.
"""
import argparse, datetime as dt, json, os, random, re, unicodedata

SENTENCES = [
    "UBND phường đã ban hành kế hoạch tuyên truyền cải cách hành chính năm 2025",
    "Công tác tuyên truyền được triển khai thường xuyên, liên tục nhằm nâng cao nhận thức của cán bộ, công chức và người dân",
    "Đẩy mạnh số hóa, tái sử dụng dữ liệu, tạo thuận lợi trong giải quyết thủ tục hành chính và thực hiện hiệu quả Đề án 06/CP",
    "Bảo đảm 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn, nâng cao tỷ lệ hồ sơ giải quyết trước hạn",
    "Tổ Công nghệ số cộng đồng hỗ trợ người dân cài đặt ứng dụng VNeID và kích hoạt tài khoản định danh điện tử mức độ 2",
    "Hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến và thanh toán trực tuyến phí, lệ phí",
    "Phường duy trì chuyên mục Cải cách hành chính - Chuyển đổi số trên Cổng thông tin điện tử",
    "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa của Ủy ban nhân dân phường",
    "Tiếp tục duy trì áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015",
    "Phong trào Bình dân học vụ số trang bị kỹ năng số cơ bản cho người dân",
    "Hội thi trực tuyến tìm hiểu cải cách hành chính thu hút đông đảo cán bộ, công chức tham gia",
    "Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)",
]
TITLES = ["Phường {w} triển khai {x}", "Tuyên truyền {x} tại tổ dân phố số {n}", "Hướng dẫn {x} cho người cao tuổi",
          "Kết quả {x} quý {q}", "Thông báo về {x}", "Hội nghị sơ kết {x}"]
TOPICS = ["dịch vụ công trực tuyến", "tài khoản định danh điện tử VNeID", "thanh toán không dùng tiền mặt",
          "Đề án 06", "chuyển đổi số", "cải cách thủ tục hành chính", "Bình dân học vụ số", "số hóa hồ sơ"]
WARDS = ["Lê Chân", "Kinh Môn", "Lê Lợi", "Trần Nguyên Hãn"]
PILLARS = ["chi-dao-dieu-hanh", "the-che", "thu-tuc-hanh-chinh", "to-chuc-bo-may", "cong-vu", "tai-chinh-cong", "chinh-quyen-so"]
CHANNELS = ["cong-ttdt", "facebook", "zalo", "truyen-thanh"]
AUTHORS = ["P. T. Phượng", "Nguyễn Thị Tuyết Nhung", "Hoàng Công Tình", "Vũ Đại Thắng", "Phạm Việt Anh"]
FIELDS = ["Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Người có công", "Thi đua - Khen thưởng"]
TYPES = ["tin"] * 50 + ["bai"] * 12 + ["thong-bao"] * 8 + ["van-ban"] * 10 + ["thu-tuc"] * 12 + ["quy-trinh"] * 8
VN = dt.timezone(dt.timedelta(hours=7))


def slug(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def yaml_list(items):
    return "[" + ", ".join(items) + "]"


def item(i, rnd, start, end):
    kind = rnd.choice(TYPES)
    when = start + dt.timedelta(seconds=rnd.randrange(int((end - start).total_seconds())))
    title = rnd.choice(TITLES).format(w=rnd.choice(WARDS), x=rnd.choice(TOPICS), n=rnd.randint(1, 13), q=rnd.randint(1, 4))
    title = f"{title} ({i})"
    status = "draft" if rnd.random() < 0.05 else "published"
    meta = [f"title: \"{title}\"", f"type: {kind}", f"date: {when:%Y-%m-%d %H:%M}", f"status: {status}",
            f"pillars: {yaml_list(rnd.sample(PILLARS, rnd.randint(1, 2)))}",
            f"tags: {yaml_list(rnd.sample(TOPICS, 2))}", f"author: {rnd.choice(AUTHORS)}",
            f"channels: {yaml_list(['cong-ttdt'] + rnd.sample(CHANNELS[1:], rnd.randint(0, 2)))}"]
    if kind == "thu-tuc":
        meta += [f"code: \"1.{rnd.randint(0, 999999):06d}.000.00.00.H31\"", f"field: {rnd.choice(FIELDS)}",
                 "level: Cấp xã", "processing_time: \"03 ngày làm việc\"", "fee: \"Không\"",
                 f"online: {rnd.choice(['toan-trinh', 'mot-phan', 'khong'])}", f"change: {rnd.choice(['moi', 'sua-doi', 'bai-bo'])}"]
    elif kind == "quy-trinh":
        meta += [f"code: \"QT-{i:05d}\"", f"revision: {rnd.randint(1, 4)}", f"effective: {when:%Y-%m-%d}"]
    elif kind == "van-ban":
        meta += [f"number: \"{rnd.randint(1, 400)}/KH-UBND\"", f"issued: {when:%Y-%m-%d}", "issuer: UBND phường"]
    body = "\n\n".join(". ".join(rnd.sample(SENTENCES, 3)) + "." for _ in range(rnd.randint(2, 6)))
    if kind == "quy-trinh":
        body += "\n\n| Bước | Nội dung công việc | Trách nhiệm | Thời gian |\n|---|---|---|---|\n" + \
                "\n".join(f"| B{s} | {rnd.choice(SENTENCES)} | Công chức Một cửa | 0,5 ngày |" for s in range(1, 5))
    text = "---\n" + "\n".join(meta) + "\n---\n\n" + body + "\n"
    return kind, when, status, text, title


def windows(first, last):
    out = {}
    for y in range(first, last + 1):
        out[f"calendar-{y}"] = (dt.datetime(y, 1, 1, tzinfo=VN), dt.datetime(y, 12, 31, 23, 59, 59, tzinfo=VN))
        out[f"nd09-{y}"] = (dt.datetime(y - 1, 12, 15, tzinfo=VN), dt.datetime(y, 12, 14, 23, 59, 59, tzinfo=VN))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--from-year", type=int, default=2016)
    ap.add_argument("--to-year", type=int, default=2026)
    ap.add_argument("--now", default="2026-11-22", help="items dated after this day are future-dated")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    start = dt.datetime(a.from_year, 1, 1, tzinfo=VN)
    end = dt.datetime(a.to_year, 12, 31, 23, 59, tzinfo=VN)
    now = dt.datetime.fromisoformat(a.now).replace(hour=23, minute=59, second=59, tzinfo=VN)
    wins = windows(a.from_year, a.to_year)
    expected = {k: {"from": f"{s:%Y-%m-%d}", "to": f"{e:%Y-%m-%d}", "total": 0, "byType": {}} for k, (s, e) in wins.items()}
    folders = {"tin": "tin-tuc", "bai": "tin-tuc", "thong-bao": "thong-bao", "van-ban": "van-ban", "thu-tuc": "thu-tuc", "quy-trinh": "quy-trinh-iso"}
    for i in range(1, a.count + 1):
        kind, when, status, text, title = item(i, rnd, start, end)
        folder = os.path.join(a.out, "content", folders[kind], f"{when:%Y}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{slug(title)}.md"), "w", encoding="utf-8") as f:
            f.write(text)
        if status != "published" or when > now:
            continue
        for k, (s, e) in wins.items():
            if s <= when <= e:
                expected[k]["total"] += 1
                expected[k]["byType"][kind] = expected[k]["byType"].get(kind, 0) + 1
    with open(os.path.join(a.out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"now": a.now, "count": a.count, "seed": a.seed, "windows": expected}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
