<#import "layout.ftl" as layout>
<@layout.html>
<#-- Procedures and ISO processes are reference pages, not news: no byline, no previous/next post. -->
<#assign news = !(item.type == "thu-tuc" || item.type == "quy-trinh")>
<article class="bai bai-${item.type}">
  <header>
    <p class="loai">${item.typeLabel}</p>
    <h1>${item.title} <@layout.badges item/></h1>
    <#if news><p class="muc-thong-tin"><#if item.dateLong?has_content>Đăng <time datetime="${item.dateIso}">${item.dateLong}</time></#if><#if item.author?has_content> · ${item.author}</#if></p></#if>
  </header>
<#if news && item.image??>
  <figure class="anh-bai">
    <img src="${root}${item.image}" alt="${item.imageAlt!""}" width="800" height="450">
  </figure>
</#if>
<#if item.vanBan??>
  <#assign v = item.vanBan>
  <table class="bang bang-thuoc-tinh">
    <caption>Thông tin văn bản</caption>
    <tbody>
    <tr><th scope="row">Số ký hiệu</th><td>${v.number}</td></tr>
    <tr><th scope="row">Ngày ban hành</th><td>${v.issued}</td></tr>
    <tr><th scope="row">Cơ quan ban hành</th><td>${v.issuer}</td></tr>
    <#if v.effective?has_content><tr><th scope="row">Ngày hiệu lực</th><td>${v.effective}</td></tr></#if>
    <tr><th scope="row">Trích yếu</th><td>${item.title}</td></tr>
    <#if v.attachment??><tr><th scope="row">Tệp đính kèm</th><td><a href="${root}${v.attachment}" download>${v.attachmentName}</a></td></tr></#if>
    </tbody>
  </table>
</#if>
<#if item.thuTuc??>
  <#assign t = item.thuTuc>
  <table class="bang bang-thuoc-tinh">
    <caption>Thông tin thủ tục hành chính</caption>
    <tbody>
    <tr><th scope="row">Mã thủ tục</th><td>${t.code}</td></tr>
    <tr><th scope="row">Lĩnh vực</th><td>${t.field}</td></tr>
    <tr><th scope="row">Cấp thực hiện</th><td>${t.level}</td></tr>
    <tr><th scope="row">Thời hạn giải quyết</th><td>${t.processingTime}</td></tr>
    <tr><th scope="row">Phí, lệ phí</th><td>${t.fee}</td></tr>
    <tr><th scope="row">Mức độ trực tuyến</th><td>${t.onlineLabel}</td></tr>
    <#if t.change?has_content><tr><th scope="row">Tình trạng</th><td>${t.changeLabel}</td></tr></#if>
    <#if t.decision??><tr><th scope="row">Quyết định công bố</th><td>${t.decision}</td></tr></#if>
    <#if t.processes?has_content><tr><th scope="row">Quy trình ISO</th><td><#list t.processes as p><a href="${root}${p.path}">${p.label}</a><#sep>; </#list></td></tr></#if>
    </tbody>
  </table>
  <#if t.dvcUrl??><p class="nut-dvc"><a class="nut" href="${t.dvcUrl}" rel="noopener noreferrer">Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công</a></p></#if>
</#if>
<#if item.quyTrinh??>
  <#assign q = item.quyTrinh>
  <table class="bang bang-thuoc-tinh">
    <caption>Thông tin quy trình ISO 9001:2015</caption>
    <tbody>
    <tr><th scope="row">Mã quy trình</th><td>${q.code}</td></tr>
    <tr><th scope="row">Lần ban hành</th><td>${q.revisionLabel}</td></tr>
    <tr><th scope="row">Ngày hiệu lực</th><td>${q.effective}</td></tr>
    <#if q.procedure??><tr><th scope="row">Thủ tục hành chính</th><td><a href="${root}${q.procedure.path}">${q.procedure.label}</a> (mã ${q.procedureCode})</td></tr></#if>
    </tbody>
  </table>
</#if>
  <div class="noi-dung-bai">
${item.html?no_esc}
  </div>
  <footer class="bai-chan">
  <#if item.pillars?has_content><p>Chuyên đề: <#list item.pillars as p><a href="${root}${p.path}">${p.label}</a><#sep>, </#list></p></#if>
  <#if item.tags?has_content><p>Thẻ: <#list item.tags as t><a class="the" href="${root}${t.path}">${t.label}</a><#sep> </#list></p></#if>
  <#if item.channels?has_content><p>Đăng trên: ${item.channels?join(", ")}</p></#if>
  </footer>
</article>
<#if news && (older?? || newer??)>
<nav class="bai-khac" aria-label="Bài khác">
  <ul>
  <#if newer??><li>Bài mới hơn: <a href="${root}${newer.path}" rel="next">${newer.label}</a></li></#if>
  <#if older??><li>Bài trước đó: <a href="${root}${older.path}" rel="prev">${older.label}</a></li></#if>
  </ul>
</nav>
</#if>
</@layout.html>
