<#import "layout.ftl" as layout>
<@layout.html>
<h1>Tìm kiếm</h1>
<form class="tim-kiem-nhanh" role="search" action="" method="get" id="form-tim-kiem">
  <label for="o-tim">Nhập tên thủ tục, tin, bài hoặc số văn bản (có dấu hay không dấu đều được)</label>
  <input id="o-tim" name="q" type="search" autocomplete="off" placeholder="Ví dụ: đăng ký khai sinh">
  <button type="submit">Tìm</button>
</form>
<noscript><p>Trình duyệt đang tắt JavaScript nên không tìm được. Hãy xem <a href="${root}thu-tuc/">danh sách thủ tục hành chính</a> hoặc <a href="${root}luu-tru/">lưu trữ theo thời gian</a>.</p></noscript>
<p id="ket-qua-tom-tat" role="status" aria-live="polite"></p>
<ol id="ket-qua" class="danh-sach"></ol>
<script src="${root}tim-kiem/chi-muc.js"></script>
<script src="${root}js/tim-kiem.js"></script>
</@layout.html>
