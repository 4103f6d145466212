<#import "layout.ftl" as layout>
<@layout.html>
<article class="bai">
  <h1>${item.title} <@layout.badges item/></h1>
  <div class="noi-dung-bai">
${item.html?no_esc}
  </div>
</article>
</@layout.html>
