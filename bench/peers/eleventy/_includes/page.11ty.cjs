// The one layout: title, content, hreflang link to the translation, and the section's page list.
const LANG_NAMES = { nl: "Nederlands", en: "English" };

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

// The section list, rendered once per (language, section) and then reused.
function sectionList(bench, key) {
  let html = bench.html.get(key);
  if (html === undefined) {
    const head = bench.heads.get(key);
    html = `<nav class="section-list">\n<h2><a href="${head.url}">${esc(head.title)}</a></h2>\n<ul>\n` +
      (bench.lists.get(key) || []).map((e) => `<li><a href="${e.url}">${esc(e.title)}</a></li>\n`).join("") +
      `</ul>\n</nav>\n`;
    bench.html.set(key, html);
  }
  return html;
}

module.exports = function (data) {
  const bench = data.collections.bench;
  const p = data.kb; // { lang, section, name }, computed in eleventy.config.cjs
  const translations = Object.entries(bench.urls.get(p.section + "/" + p.name)).filter(([lang]) => lang !== p.lang);
  const isPage = p.name !== "index";
  const meta = isPage
    ? `<p class="meta"><time datetime="${data.page.date.toISOString().slice(0, 10)}">${data.page.date.toISOString().slice(0, 10)}</time></p>\n`
    : "";
  const tags = isPage && data.tags && data.tags.length
    ? `<ul class="tags">${data.tags.map((t) => `<li>${esc(t)}</li>`).join("")}</ul>\n`
    : "";
  return `<!DOCTYPE html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<title>${esc(data.title)}</title>
<meta name="description" content="${esc(data.description)}">
${translations.map(([lang, url]) => `<link rel="alternate" hreflang="${lang}" href="${url}">\n`).join("")}</head>
<body>
<header>${translations.map(([lang, url]) => `<a class="lang" hreflang="${lang}" lang="${lang}" href="${url}">${LANG_NAMES[lang]}</a>`).join("")}</header>
<main>
<h1>${esc(data.title)}</h1>
${meta}${data.content}${tags}</main>
${sectionList(bench, p.lang + "/" + p.section)}</body>
</html>
`;
};
