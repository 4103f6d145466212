<#import "layout.ftl" as layout>
<@layout.html>
<h1>${site.title}</h1>
<p class="gioi-thieu">Thông tin về công tác cải cách hành chính và chuyển đổi số của ${site.ward}: tin tức, thông báo, văn bản chỉ đạo, thủ tục hành chính và quy trình ISO 9001:2015.</p>
<form class="tim-kiem-nhanh" action="${root}tim-kiem/" method="get" role="search">
  <label for="o-tim-kiem">Tìm thủ tục, tin, bài</label>
  <input id="o-tim-kiem" name="q" type="search" placeholder="Ví dụ: khai sinh">
  <button type="submit">Tìm</button>
</form>
<#list sections as s>
<section class="khoi" aria-labelledby="khoi-${s?index}">
  <h2 id="khoi-${s?index}"><a href="${root}${s.path}">${s.label}</a></h2>
  <#assign items = latest[s.path?remove_ending("/")]![]>
  <#if items?has_content>
  <ul class="danh-sach">
  <#list items as item><@layout.entry item/></#list>
  </ul>
  <p class="xem-them"><a href="${root}${s.path}">Xem tất cả ${s.inSentence()} (${s.count})</a></p>
  <#else>
  <p>Chưa có nội dung.</p>
  </#if>
</section>
</#list>
<section class="khoi" aria-labelledby="khoi-chuyen-de">
  <h2 id="khoi-chuyen-de">Chuyên đề</h2>
  <ul class="the-chuyen-de">
  <#list pillars as p><li><a href="${root}${p.path}">${p.label} <span class="so">(${p.count})</span></a></li></#list>
  </ul>
</section>
</@layout.html>
