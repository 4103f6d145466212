<#import "layout.ftl" as layout>
<@layout.html>
<h1>${page.title}</h1>
<#if years?has_content>
<#list years as y>
<section aria-labelledby="nam-${y?index}">
  <h2 id="nam-${y?index}"><a href="${root}${y.year.path}">${y.year.label}</a> <span class="so">(${y.year.count} mục)</span></h2>
  <ul class="danh-sach-thang">
  <#list y.months as m><li><a href="${root}${m.path}">${m.label}</a> <span class="so">(${m.count})</span></li></#list>
  </ul>
</section>
</#list>
<#else>
<p>Chưa có nội dung.</p>
</#if>
</@layout.html>
