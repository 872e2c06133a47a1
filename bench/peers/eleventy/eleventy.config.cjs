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
  eleventyConfig.setTemplateFormats(["md"]);
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
    permalink: (data) => urlFor(parseInputPath(input, data.page.inputPath)) + "index.html",
  });

  // Computed ONCE per build: every section's page list (sorted by weight/order, then title) and the translation
  // table. The layout renders each section's list to HTML once and reuses the string (like Hugo's partialCached).
  eleventyConfig.addCollection("bench", (api) => {
    const lists = new Map(); // "nl/klimaat" -> [{url, title, weight}], "nl/" -> the sections
    const heads = new Map(); // "nl/klimaat" -> the section's own {url, title}
    const urls = new Map(); // "klimaat/foo" -> { nl: url, en: url }
    for (const item of api.getAll()) {
      const p = parseInputPath(input, item.inputPath);
      const entry = { url: item.url, title: item.data.title, weight: item.data.weight ?? item.data.order ?? 1e9 };
      const id = p.section + "/" + p.name;
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
    return { lists, heads, urls, html: new Map() };
  });

  return { markdownTemplateEngine: false, htmlTemplateEngine: false };
};

