/**
 * The notice's only stylesheet, inlined into the page: readable on a phone (tables turn into
 * stacked cards below 40rem, long words wrap), on a desktop, and on A4 paper (print rules:
 * black on white, no navigation, no coloured backgrounds, headers repeat on every page).
 * Colours keep a contrast ratio of at least 7:1 for text.
 */
export const NOTICE_CSS = `
:root{color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:#1b1f24;font:16px/1.7 -apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere;word-break:normal}
.page{max-width:58rem;margin:0 auto;padding:1.25rem 1rem 3rem}
header.masthead{border-bottom:3px solid #0b4f8a;padding-bottom:.75rem;margin-bottom:1rem}
.kind{margin:0;color:#0b4f8a;font-weight:700;letter-spacing:.05em}
h1{margin:.2rem 0 .3rem;font-size:1.75rem;line-height:1.3}
.meta{margin:0;color:#3d4652}
h2{margin:2.2rem 0 .8rem;padding-left:.6rem;border-left:5px solid #0b4f8a;font-size:1.35rem;line-height:1.35}
h3{margin:1.6rem 0 .5rem;font-size:1.12rem}
h4{margin:1.2rem 0 .4rem;font-size:1rem}
p{margin:.5rem 0}
ul,ol{margin:.5rem 0;padding-left:1.5rem}
li{margin:.2rem 0}
a{color:#0b4f8a;text-decoration:underline;text-underline-offset:.15em}
a:focus-visible{outline:3px solid #1b1f24;outline-offset:2px}
nav.toc{background:#eef3f8;border-radius:.4rem;padding:.6rem 1rem;margin:1rem 0}
nav.toc h2{margin:0 0 .3rem;padding:0;border:0;font-size:1rem}
nav.toc ol{margin:0;padding-left:1.4rem;columns:2 14rem;column-gap:2rem}
.draft{border:3px solid #a3001b;background:#fff4f5;color:#1b1f24;border-radius:.4rem;padding:.8rem 1rem;margin:1rem 0}
.draft .draft-title{margin:0 0 .4rem;color:#a3001b;font-size:1.3rem;font-weight:800;letter-spacing:.04em}
.draft li{margin:.35rem 0}
.draft .rule{font-weight:700;white-space:nowrap}
table{width:100%;border-collapse:collapse;margin:.6rem 0 1rem;table-layout:fixed}
${[...Array(100)].map((_, i) => `.w${i + 1}{width:${i + 1}%}`).join('')}
th,td{border:1px solid #b8c2cc;padding:.45rem .65rem;text-align:left;vertical-align:top}
thead th{background:#e6edf5;color:#102a43;font-weight:700}
tbody th{font-weight:600}
dl.fields{margin:.5rem 0 1rem}
dl.fields>div{display:grid;grid-template-columns:minmax(7rem,13rem) 1fr;gap:.2rem 1rem;padding:.45rem 0;border-bottom:1px solid #dde3e9}
dl.fields>div:first-child{border-top:1px solid #dde3e9}
dt{font-weight:700;color:#102a43}
dd{margin:0}
@media screen and (max-width:40rem){
  body{font-size:15px}
  .page{padding:1rem .8rem 2rem}
  h1{font-size:1.45rem}
  nav.toc ol{columns:2 8rem;column-gap:1rem}
  dl.fields>div{grid-template-columns:1fr}
  table.stack colgroup{display:none}
  table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block;width:auto}
  table.stack{border:0}
  table.stack thead{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
  table.stack tr{border:1px solid #b8c2cc;border-radius:.4rem;margin:0 0 .7rem;padding:.35rem .7rem}
  table.stack th,table.stack td{border:0;padding:.2rem 0}
  table.stack tbody th{font-size:1.05rem;border-bottom:1px solid #dde3e9;padding-bottom:.35rem;margin-bottom:.2rem}
  table.stack td[data-label]::before{content:attr(data-label) "\\FF1A";font-weight:700;color:#102a43}
  html[lang="en"] table.stack td[data-label]::before{content:attr(data-label) ": "}
}
@page{size:A4;margin:16mm 15mm 18mm}
@media print{
  body{font-size:10.5pt;line-height:1.55;color:#000;background:#fff}
  .page{max-width:none;padding:0}
  nav.toc{display:none}
  header.masthead{border-bottom:1.5pt solid #000}
  .kind,.meta,dt,thead th{color:#000}
  h2{border-left-color:#000;break-after:avoid;page-break-after:avoid}
  h3,h4{break-after:avoid;page-break-after:avoid}
  thead{display:table-header-group}
  thead th{background:none}
  th,td{border-color:#555}
  tr,dl.fields>div,.draft li{break-inside:avoid;page-break-inside:avoid}
  a{color:#000;text-decoration:none}
  .draft{background:none;border-color:#000}
  .draft .draft-title{color:#000}
}
`.trim();
