// Minimal Eleventy 3 site for bench/scale.sh:
//   node node_modules/@11ty/eleventy/cmd.cjs --config=bench/peers/eleventy/eleventy.config.cjs --input=CORPUS --output=OUT
// CORPUS is the url-style corpus (gen-corpus.py --link-style url), used as is. See bench/README.md.
const path = require("node:path");

const LANGS = { nl: "Nederlands", en: "English" };

// "<input>/klimaat/foo.nl.md" -> { lang: "nl", section: "klimaat", name: "foo" }; "<input>/index.en.md" -> home
function parseInputPath(input, inputPath) {
  const parts = path.relative(input, inputPath).split(path.sep);
  const [name, lang] = parts.pop().split(".");
  return { lang, name, section: parts.join("/") };
}

function urlFor({ lang, section, name }) {
  if (name === "index") return section ? `/${lang}/${section}/` : `/${lang}/`;
  return `/${lang}/${section}/${name}/`;
}

// GitHub-style heading ids (what Hugo's autoHeadingIDType = "github" and Markdig's auto-identifiers do)
function slugify(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-");
}

module.exports = function (eleventyConfig) {
  const input = path.resolve(eleventyConfig.directories.input);

  // Content is plain Markdown: no Liquid pre-pass (Eleventy's default), no other template formats.
  // ("11ty.js" only for the two virtual templates below, the corpus has none).
  eleventyConfig.setTemplateFormats(["md", "11ty.js"]);
  // The corpus lives in git-ignored bench/work/: do not let the repository's .gitignore hide it.
  eleventyConfig.setUseGitIgnore(false);
  // The layout lives beside this file, outside the corpus (the path is relative to the input directory).
  eleventyConfig.setIncludesDirectory(path.relative(input, path.join(__dirname, "_includes")));

  eleventyConfig.amendLibrary("md", (md) => {
    md.core.ruler.push("heading_ids", (state) => {
      const seen = new Map();
      const tokens = state.tokens;
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].type !== "heading_open") continue;
        let id = slugify(tokens[i + 1].children.map((t) => t.content).join(""));
        const n = seen.get(id) || 0;
        seen.set(id, n + 1);
        if (n) id += "-" + n;
        tokens[i].attrSet("id", id);
      }
    });
  });

  eleventyConfig.addGlobalData("layout", "page.11ty.cjs");
  eleventyConfig.addGlobalData("eleventyComputed", {
    kb: (data) => parseInputPath(input, data.page.inputPath),
    permalink: (data) => data.virtualPermalink || urlFor(parseInputPath(input, data.page.inputPath)) + "index.html",
  });

  // Computed ONCE per build: every section's page list (sorted by weight/order, then title) and the translation
  // table. The layout renders each section's list to HTML once and reuses the string (like Hugo's partialCached).
  eleventyConfig.addCollection("bench", (api) => {
    const lists = new Map(); // "nl/klimaat" -> [{url, title, weight}], "nl/" -> the sections
    const heads = new Map(); // "nl/klimaat" -> the section's own {url, title}
    const urls = new Map(); // "klimaat/foo" -> { nl: url, en: url }
    const pages = []; // every page, for the sitemap
    for (const item of api.getAll()) {
      const p = parseInputPath(input, item.inputPath);
      const entry = { url: item.url, title: item.data.title, weight: item.data.weight ?? item.data.order ?? 1e9 };
      const id = p.section + "/" + p.name;
      pages.push({ url: item.url, id, date: p.name === "index" ? null : item.date });
      if (!urls.has(id)) urls.set(id, {});
      urls.get(id)[p.lang] = item.url;
      let listKey;
      if (p.name === "index") {
        heads.set(p.lang + "/" + p.section, entry);
        if (!p.section) continue;
        listKey = p.lang + "/"; // a section landing page is listed on the home page
      } else {
        listKey = p.lang + "/" + p.section;
      }
      if (!lists.has(listKey)) lists.set(listKey, []);
      lists.get(listKey).push(entry);
    }
    for (const list of lists.values())
      list.sort((a, b) => a.weight - b.weight || a.title.localeCompare(b.title));
    return { lists, heads, urls, pages, html: new Map() };
  });

  // sitemap.xml with hreflang alternates and robots.txt, as ours (and Hugo) write them
  const BASE = "https://example.org";
  const virtual = (permalink) => ({ layout: false, eleventyExcludeFromCollections: true, virtualPermalink: permalink });
  eleventyConfig.addTemplate("sitemap.11ty.cjs", (data) => {
    const { pages, urls } = data.collections.bench;
    const out = ['<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'];
    for (const p of pages) {
      out.push(`  <url>\n    <loc>${BASE}${p.url}</loc>\n`);
      if (p.date) out.push(`    <lastmod>${p.date.toISOString().slice(0, 10)}</lastmod>\n`);
      for (const [lang, url] of Object.entries(urls.get(p.id)))
        out.push(`    <xhtml:link rel="alternate" hreflang="${lang}" href="${BASE}${url}"/>\n`);
      out.push("  </url>\n");
    }
    out.push("</urlset>\n");
    return out.join("");
  }, virtual("/sitemap.xml"));
  eleventyConfig.addTemplate("robots.11ty.cjs", () => `User-agent: *\nAllow: /\n\nSitemap: ${BASE}/sitemap.xml\n`, virtual("/robots.txt"));

  return { markdownTemplateEngine: false, htmlTemplateEngine: false };
};

