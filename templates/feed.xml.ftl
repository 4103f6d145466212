<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${site.title} – ${site.ward}</title>
<link>${site.baseUrl}</link>
<atom:link href="${site.baseUrl}rss.xml" rel="self" type="application/rss+xml"/>
<description>Tin tức, văn bản, thủ tục hành chính và quy trình ISO của ${site.ward}</description>
<language>vi</language>
<#list items as item>
<item>
<title>${item.title}</title>
<link>${item.url}</link>
<guid isPermaLink="true">${item.url}</guid>
<#if item.dateRss?has_content><pubDate>${item.dateRss}</pubDate></#if>
<category>${item.typeLabel}</category>
<description>${item.summary}</description>
</item>
</#list>
</channel>
</rss>
