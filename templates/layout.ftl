<#-- Shared layout of every HTML page. Pages call <@layout.html>...</@layout.html>. -->
<#macro html>
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if page.kind == "home">${site.title} – ${site.ward}<#else>${page.title} – ${site.title}</#if></title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="<#if page.kind == "item" && item?? && item.portalUrl?has_content>${item.portalUrl}<#else>${site.baseUrl}${page.path}</#if>">
<meta property="og:type" content="<#if page.kind == "item">article<#else>website</#if>">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${site.baseUrl}${page.path}">
<meta property="og:image" content="${site.baseUrl}${page.image}">
<#assign imageAlt><#if item?? && item.image?? && page.kind == "item"><#if item.imageAlt?has_content>${item.imageAlt}<#else>${item.title}</#if><#else>Cờ đỏ sao vàng, biểu trưng chuyên mục ${site.title}</#if></#assign>
<meta property="og:image:alt" content="${imageAlt}">
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="${site.title} – ${site.ward}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${page.title}">
<meta name="twitter:description" content="${page.description}">
<meta name="twitter:image" content="${site.baseUrl}${page.image}">
<meta name="twitter:image:alt" content="${imageAlt}">
<link rel="stylesheet" href="${root}css/site.css">
<link rel="stylesheet" href="${root}css/print.css" media="print">
<link rel="alternate" type="application/rss+xml" title="${site.title} – ${site.ward}" href="${root}rss.xml">
<link rel="icon" href="${root}anh/bieu-tuong.svg" type="image/svg+xml">
<#if page.structuredData?has_content><script type="application/ld+json">${page.structuredData?no_esc}</script></#if>
</head>
<body>
<a class="bo-qua" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="dau-trang">
  <div class="khung">
    <p class="don-vi"><#if site.parent?has_content>${site.parent} · </#if>${site.ward}</p>
    <p class="ten-chuyen-muc"><a href="${root}">${site.title}</a></p>
  </div>
  <nav class="menu" aria-label="Chuyên mục">
    <ul class="khung">
    <#list site.nav as l>
      <li><a href="${root}${l.path}"<#if l.path == page.path> aria-current="page"</#if>>${l.label}</a></li>
    </#list>
      <li><a href="${root}tim-kiem/">Tìm kiếm</a></li>
    </ul>
  </nav>
</header>
<main id="noi-dung" class="khung" tabindex="-1">
<#if page.breadcrumbs?has_content>
<nav class="duong-dan" aria-label="Đường dẫn">
  <ol>
  <#list page.breadcrumbs as c>
    <li><a href="${root}${c.path}">${c.label}</a></li>
  </#list>
  </ol>
</nav>
</#if>
<#nested>
</main>
<footer class="chan-trang">
  <div class="khung">
    <p><strong>${site.ward}</strong><#if site.parent?has_content> – ${site.parent}</#if></p>
    <#if site.address?has_content><p>Địa chỉ: ${site.address}</p></#if>
    <#if site.hotline?has_content><p>Đường dây nóng: <a href="tel:${site.hotline?replace(' ', '')?replace('.', '')}">${site.hotline}</a></p></#if>
    <#if site.email?has_content><p>Thư điện tử: <a href="mailto:${site.email}">${site.email}</a></p></#if>
    <ul class="lien-ket-chan">
    <#list trangList as t><li><a href="${root}${t.path}">${t.label}</a></li></#list>
      <li><a href="${root}luu-tru/">Lưu trữ</a></li>
      <li><a href="${root}chuyen-de/">Chuyên đề</a></li>
      <li><a href="${root}the/">Thẻ</a></li>
      <li><a href="${root}rss.xml">RSS</a></li>
    </ul>
    <p class="ban-quyen">© ${site.year?c} ${site.ward}. Chuyên mục ${site.title}.</p>
    <p class="chi-khi-in">Trang in từ ${site.baseUrl}${page.path}</p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- A badge that marks drafts and scheduled items in the serve preview. -->
<#macro badges item>
<#if item.draft><span class="nhan nhan-nhap">BẢN NHÁP</span></#if><#if item.scheduled><span class="nhan nhan-hen-gio">HẸN GIỜ</span></#if>
</#macro>

<#-- One entry of a news-style list. -->
<#macro entry item>
<li class="muc">
  <h3 class="muc-tieu-de"><a href="${root}${item.path}">${item.title}</a> <@badges item/></h3>
  <p class="muc-thong-tin"><span class="loai">${item.typeLabel}</span><#if item.dateShort?has_content> · <time datetime="${item.dateIso}">${item.dateShort}</time></#if></p>
  <#if item.summary?has_content><p class="muc-tom-tat">${item.summary}</p></#if>
</li>
</#macro>

<#macro pager pager>
<#if pager.total gt 1>
<nav class="phan-trang" aria-label="Phân trang">
  <ul>
  <#if pager.previous??><li><a href="${root}${pager.previous}" rel="prev">« Trang trước</a></li></#if>
  <#list pager.pages as p>
    <#if p.gap()>
    <li aria-hidden="true">…</li>
    <#elseif p.current>
    <li><a href="${root}${p.path}" aria-current="page">${p.number}</a></li>
    <#else>
    <li><a href="${root}${p.path}" aria-label="Trang ${p.number}">${p.number}</a></li>
    </#if>
  </#list>
  <#if pager.next??><li><a href="${root}${pager.next}" rel="next">Trang sau »</a></li></#if>
  </ul>
</nav>
</#if>
</#macro>
