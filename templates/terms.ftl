<#import "layout.ftl" as layout>
<@layout.html>
<h1>${page.title}</h1>
<#if terms?has_content>
<ul class="danh-sach-the">
<#list terms as t><li><a href="${root}${t.path}">${t.label}</a> <span class="so">(${t.count} mục)</span></li></#list>
</ul>
<#else>
<p>Chưa có nội dung.</p>
</#if>
</@layout.html>
