<#import "layout.ftl" as layout>
<#macro breakdown id title values labels>
<section class="khoi" aria-labelledby="${id}">
<h2 id="${id}">${title}</h2>
<table class="bang bang-thong-ke">
  <thead><tr><th scope="col">Nội dung</th><th scope="col">Số lượng</th></tr></thead>
  <tbody>
  <#list values as key, n><tr><th scope="row">${labels[key]!key}</th><td>${n}</td></tr></#list>
  </tbody>
</table>
</section>
</#macro>
<@layout.html>
<h1>${page.title}</h1>
<p class="tong-so">Từ ngày ${stats.period.fromText()} đến ngày ${stats.period.toText()}: <strong>${stats.total}</strong> tin, bài, văn bản, thông báo, thủ tục, quy trình đã đăng, trong đó ${tinBai} tin, bài.</p>

<section class="khoi" aria-labelledby="theo-loai">
<h2 id="theo-loai">Theo loại</h2>
<table class="bang bang-thong-ke">
  <thead><tr><th scope="col">Loại</th><th scope="col">Số lượng</th></tr></thead>
  <tbody>
  <#list figures as f><#if f?is_last><tr><th scope="row">${f.tableLabel()}</th><td><strong>${stats.figure(f)}</strong></td></tr><#else><tr><th scope="row">${f.tableLabel()}</th><td>${stats.figure(f)}</td></tr></#if></#list>
  </tbody>
</table>
<#if stats.targets?has_content>
<ul class="chi-tieu">
<#list stats.targets as t><li>Chỉ tiêu ${t.inSentence()}: ${t.actual}/${t.target}, đạt ${t.percent()}%</li></#list>
</ul>
</#if>
</section>

<section class="khoi" aria-labelledby="theo-thang">
<h2 id="theo-thang">Theo tháng</h2>
<figure class="bieu-do">
<svg viewBox="0 0 ${chart.width?c} ${chart.height?c}" width="100%" role="img" aria-labelledby="bieu-do-tieu-de">
  <title id="bieu-do-tieu-de">Biểu đồ số tin, bài theo tháng, ${stats.period.label}: <#list chart.bars as b>${b.label} ${b.value}<#sep>, </#list></title>
  <line x1="0" y1="${chart.baseline()?c}" x2="${chart.width?c}" y2="${chart.baseline()?c}" stroke="#4a4a4a" stroke-width="1"/>
  <#list chart.bars as b>
  <rect x="${b.x?c}" y="${b.y?c}" width="40" height="${b.height?c}" fill="#0b4f8a"/>
  <text x="${b.center()?c}" y="${(b.y - 6)?c}" text-anchor="middle" font-size="14" fill="#1a1a1a">${b.value}</text>
  <text x="${b.center()?c}" y="${(chart.baseline() + 20)?c}" text-anchor="middle" font-size="14" fill="#1a1a1a">${b.label}</text>
  </#list>
</svg>
<figcaption>Số tin, bài mỗi tháng (số liệu chi tiết trong bảng dưới).</figcaption>
</figure>
<table class="bang bang-thong-ke">
  <thead><tr><th scope="col">Tháng</th><th scope="col">Số lượng</th></tr></thead>
  <tbody>
  <#list stats.byMonth as month, n><tr><th scope="row">Tháng ${month?substring(5)}/${month?substring(0, 4)}</th><td>${n}</td></tr></#list>
  </tbody>
</table>
</section>

<@breakdown "theo-chuyen-de" "Theo chuyên đề" stats.byPillar pillarLabels/>
<@breakdown "theo-kenh" "Theo kênh đăng tải (mọi tin, bài đều đăng trên Cổng TTĐT)" stats.byChannel channelLabels/>
<@breakdown "thu-tuc-tinh-trang" "Thủ tục hành chính theo tình trạng" stats.byChange changeLabels/>
<@breakdown "thu-tuc-truc-tuyen" "Thủ tục hành chính theo mức độ trực tuyến" stats.byOnline onlineLabels/>
<@breakdown "quy-trinh-iso" "Quy trình ISO" stats.processes processLabels/>

<section class="khoi" aria-labelledby="phu-luc">
<h2 id="phu-luc">Phụ lục: danh sách tin, bài được đếm (${stats.items?size})</h2>
<#if stats.items?has_content>
<ol class="phu-luc">
<#list stats.items as i><li><time datetime="${i.date}">${i.shortDate()}</time> – <a href="${root}${i.sitePath}">${i.title}</a> <span class="so">(${typeLabels[i.type]!i.type})</span></li></#list>
</ol>
<#else>
<p>Chưa có tin, bài nào trong kỳ này.</p>
</#if>
</section>
</@layout.html>
