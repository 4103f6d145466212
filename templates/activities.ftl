<#import "layout.ftl" as layout>
<@layout.html>
<h1>${page.title}</h1>
<p>Các hoạt động này không tính vào số tin, bài của chuyên mục.</p>
<#if rows?has_content>
<div class="bang-cuon">
<table class="bang">
  <caption>Danh sách hoạt động, mới nhất trước</caption>
  <thead><tr><th scope="col">Ngày</th><th scope="col">Hoạt động</th><th scope="col">Hình thức</th><th scope="col">Số lượng</th><th scope="col">Số người tham dự</th></tr></thead>
  <tbody>
  <#list rows as r>
  <tr>
    <td data-label="Ngày">${r.date}</td>
    <th scope="row" data-label="Hoạt động"><#if r.url?has_content><a href="${r.url}" rel="noopener">${r.title}</a><#else>${r.title}</#if></th>
    <td data-label="Hình thức">${r.form}</td>
    <td data-label="Số lượng">${r.quantity}</td>
    <td data-label="Số người tham dự">${r.participants}</td>
  </tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>Chưa có hoạt động nào.</p>
</#if>
</@layout.html>
