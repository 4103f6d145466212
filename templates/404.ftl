<#import "layout.ftl" as layout>
<#-- 404.html sits at the root, but a server may show it at any depth: links use the absolute base
     URL; in the serve preview, which serves the site at its root, they start with "/". -->
<#global root = site.preview?then("/", site.baseUrl)>
<@layout.html>
<h1>Không tìm thấy trang</h1>
<p>Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>
<p><a href="${root}">Về trang chủ chuyên mục</a> hoặc <a href="${root}tim-kiem/">tìm kiếm</a>.</p>
</@layout.html>
