<#import "layout.ftl" as layout>
<@layout.html>
<h1 class="an">${site.title} – ${site.ward}</h1>
<div class="trang-chu">
<div class="cot-chinh">
<#if featured??>
<article class="noi-bat" aria-labelledby="noi-bat-tieu-de">
  <#if featured.image??><img class="noi-bat-anh" src="${root}${featured.image}" alt="${featured.imageAlt!""}" width="800" height="450"></#if>
  <div class="noi-bat-chu">
    <p class="loai">${featured.typeLabel}<#if featured.dateShort?has_content> · <time datetime="${featured.dateIso}">${featured.dateShort}</time></#if></p>
    <h2 id="noi-bat-tieu-de" class="noi-bat-tieu-de"><a href="${root}${featured.path}">${featured.title}</a> <@layout.badges featured/></h2>
    <#if featured.summary?has_content><p>${featured.summary}</p></#if>
  </div>
</article>
</#if>
<#macro block s first>
<#assign items = latest[s.path?remove_ending("/")]![]>
<section class="khoi" aria-labelledby="khoi-${s.path?remove_ending("/")}">
  <h2 id="khoi-${s.path?remove_ending("/")}" class="khoi-tieu-de"><a href="${root}${s.path}">${s.label}</a></h2>
  <#if items?has_content>
  <ul class="danh-sach<#if first> danh-sach-anh</#if>">
  <#list items as item><#if first><@layout.entry item true/><#else><@layout.compact item/></#if></#list>
  </ul>
  <p class="xem-them"><a href="${root}${s.path}">Xem tất cả ${s.inSentence()} (${s.count})</a></p>
  <#else>
  <p>Chưa có nội dung.</p>
  </#if>
</section>
</#macro>
<#list sections as s><#if s?is_first><@block s true/></#if></#list>
<div class="luoi-khoi">
<#list sections as s><#if !s?is_first><@block s false/></#if></#list>
</div>
<p class="xem-them"><a href="${root}luu-tru/">Lưu trữ: mọi tin, bài theo năm và tháng</a></p>
</div>
<aside class="cot-phu" aria-label="Dịch vụ công và tra cứu">
<section class="khoi-dvc" aria-labelledby="khoi-dvc">
  <h2 id="khoi-dvc">Dịch vụ công trực tuyến</h2>
  <ul class="lien-ket-dvc">
    <li><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia<span class="phu-de">Nộp hồ sơ, thanh toán trực tuyến</span></a></li>
    <li><a href="https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html">Tra cứu hồ sơ<span class="phu-de">Xem tiến độ giải quyết hồ sơ</span></a></li>
    <li><a href="${root}thu-tuc/">Thủ tục hành chính của phường<span class="phu-de">Thành phần hồ sơ, thời hạn, phí</span></a></li>
    <li><a href="${root}quy-trinh-iso/">Quy trình ISO 9001:2015<span class="phu-de">Quy trình giải quyết từng thủ tục</span></a></li>
  </ul>
</section>
<form class="tim-kiem-nhanh" action="${root}tim-kiem/" method="get" role="search">
  <label for="o-tim-kiem">Tìm thủ tục, tin, bài</label>
  <input id="o-tim-kiem" name="q" type="search" placeholder="Ví dụ: khai sinh">
  <button type="submit">Tìm</button>
</form>
<section class="khoi" aria-labelledby="khoi-chuyen-de">
  <h2 id="khoi-chuyen-de">Chuyên đề</h2>
  <ul class="the-chuyen-de">
  <#list pillars as p><li><a href="${root}${p.path}">${p.label} <span class="so">(${p.count})</span></a></li></#list>
  </ul>
</section>
</aside>
</div>
</@layout.html>
