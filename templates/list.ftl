<#import "layout.ftl" as layout>
<@layout.html>
<h1>${page.title}</h1>
<p class="tong-so">Có ${total} mục<#if pager.total gt 1>, trang ${pager.current}/${pager.total}</#if>.</p>
<#if !items?has_content>
<p>Chưa có nội dung.</p>
<#elseif listKind == "van-ban">
<div class="bang-cuon">
<table class="bang bang-van-ban">
  <caption>Danh sách văn bản</caption>
  <thead><tr><th scope="col">Số ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Cơ quan ban hành</th><th scope="col">Trích yếu</th><th scope="col">Tệp</th></tr></thead>
  <tbody>
  <#list items as item>
  <tr>
    <td data-label="Số ký hiệu">${item.vanBan.number}</td>
    <td data-label="Ngày ban hành"><time datetime="${item.vanBan.issuedIso}">${item.vanBan.issued}</time></td>
    <td data-label="Cơ quan ban hành">${item.vanBan.issuer}</td>
    <td data-label="Trích yếu"><a href="${root}${item.path}">${item.title}</a> <@layout.badges item/></td>
    <td data-label="Tệp"><#if item.vanBan.attachment??><a href="${root}${item.vanBan.attachment}" download>Tải về<span class="an"> ${item.vanBan.number}</span></a><#else>–</#if></td>
  </tr>
  </#list>
  </tbody>
</table>
</div>
<#elseif listKind == "thu-tuc">
<#list groups as g>
<section class="nhom-thu-tuc" aria-labelledby="linh-vuc-${g?index}">
<h2 id="linh-vuc-${g?index}">Lĩnh vực: ${g.field}</h2>
<ul class="danh-sach danh-sach-thu-tuc">
<#list g.items as item>
  <li class="muc">
    <h3 class="muc-tieu-de"><a href="${root}${item.path}">${item.title}</a> <@layout.badges item/></h3>
    <p class="muc-thong-tin">Mã: ${item.thuTuc.code} · <span class="muc-do muc-do-${item.thuTuc.online}">${item.thuTuc.onlineLabel}</span><#if item.thuTuc.change?has_content> · <span class="tinh-trang tinh-trang-${item.thuTuc.change}">${item.thuTuc.changeLabel}</span></#if></p>
  </li>
</#list>
</ul>
</section>
</#list>
<#elseif listKind == "quy-trinh-iso">
<div class="bang-cuon">
<table class="bang bang-quy-trinh">
  <caption>Danh sách quy trình ISO 9001:2015</caption>
  <thead><tr><th scope="col">Mã</th><th scope="col">Tên quy trình</th><th scope="col">Lần ban hành</th><th scope="col">Ngày hiệu lực</th></tr></thead>
  <tbody>
  <#list items as item>
  <tr>
    <td data-label="Mã">${item.quyTrinh.code}</td>
    <td data-label="Tên quy trình"><a href="${root}${item.path}">${item.title}</a> <@layout.badges item/></td>
    <td data-label="Lần ban hành">${item.quyTrinh.revision}</td>
    <td data-label="Ngày hiệu lực">${item.quyTrinh.effective}</td>
  </tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<ul class="danh-sach">
<#list items as item><@layout.entry item true/></#list>
</ul>
</#if>
<@layout.pager pager/>
</@layout.html>
