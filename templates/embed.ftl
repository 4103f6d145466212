<#-- nhung/: the newest items of each section, for an <iframe> on the ward portal. No script, no style sheet, a few KB. -->
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${site.title} – tin, bài mới</title>
<style>
body{margin:0;padding:.5rem;font:15px/1.4 Arial,sans-serif;color:#1a1a1a;background:#fff}
h1{font-size:1rem;margin:0 0 .5rem;color:#a50e0e}h2{font-size:.95rem;margin:.75rem 0 .25rem}
ul{margin:0;padding-left:1.1rem}li{margin:.15rem 0}a{color:#0b4f9c}time{color:#555;font-size:.85em}
a:focus-visible{outline:3px solid #1a5fb4;outline-offset:1px}
</style>
</head>
<body>
<main>
<h1><a href="${root}" target="_top">${site.title}</a></h1>
<#list sections as s>
<#assign items = latest[s.path?remove_ending("/")]![]>
<#if items?has_content>
<h2><a href="${root}${s.path}" target="_top">${s.label}</a></h2>
<ul>
<#list items as item><li><a href="${root}${item.path}" target="_top">${item.title}</a><#if item.dateShort?has_content> <time datetime="${item.dateIso}">${item.dateShort}</time></#if></li>
</#list>
</ul>
</#if>
</#list>
</main>
</body>
</html>
