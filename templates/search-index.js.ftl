<#ftl output_format="plainText">
${script}
