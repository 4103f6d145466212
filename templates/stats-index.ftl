<#import "layout.ftl" as layout>
<@layout.html>
<h1>${page.title}</h1>
<p>Số tin, bài đã đăng trên chuyên mục, đếm theo ngày đăng (giờ Việt Nam); không tính bản nháp và bài hẹn giờ chưa tới ngày đăng.
<#if windowKind == "nd09">Mỗi năm tính theo kỳ báo cáo từ ngày 15/12 năm trước đến ngày 14/12 (Nghị định số 09/2019/NĐ-CP).<#else>Mỗi năm tính từ ngày 01/01 đến ngày 31/12.</#if></p>
<div class="bang-cuon">
<table class="bang">
  <caption>Số tin, bài theo năm và loại</caption>
  <thead><tr><th scope="col">Năm</th><#list typeLabels as key, label><th scope="col">${label}</th></#list><th scope="col">Tổng số tin, bài, văn bản, thông báo, thủ tục, quy trình</th></tr></thead>
  <tbody>
  <#list rows as r>
  <tr>
    <th scope="row" data-label="Năm"><a href="${root}${r.path}">${r.stats.title()}</a></th>
    <#list typeLabels as key, label><td data-label="${label}">${r.stats.byType[key]!0}</td></#list>
    <td data-label="Tổng số"><strong>${r.stats.total}</strong></td>
  </tr>
  </#list>
  </tbody>
</table>
</div>
</@layout.html>
