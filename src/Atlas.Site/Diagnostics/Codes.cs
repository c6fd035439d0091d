using System.Reflection;
using Atlas.Engine.Diagnostics;

namespace Atlas.Site.Diagnostics;

/// <summary>
/// Every diagnostic code the atlas reports, declared once: the build, <c>check</c> and <c>new</c>
/// name these fields, and the reference page (/docs/diagnostics/) is made from this list, so
/// the two cannot drift. The thousands say the area (<see cref="Ranges"/>). A code's number and
/// meaning never change; a code no longer reported keeps its number unused.
/// </summary>
public static class Codes
{
    /// <summary>The areas, by the thousands digit of a code's number.</summary>
    public static readonly IReadOnlyList<(int From, string Area)> Ranges =
    [
        (0, "The build, its folders and the files it reads"),
        (1000, "YAML and site.yaml"),
        (2000, "Front matter and pages"),
        (3000, "The model table and its vocabulary"),
        (4000, "Markdown"),
        (5000, "Links (check)"),
        (6000, "Templates and layouts"),
        (7000, "Names shared across the site"),
        (8000, "The command line: new"),
        (9000, "The command line: options, preview and serve"),
    ];

    // 0xxx: the build, its folders and the files it reads
    public static readonly DiagnosticCode InternalError = DiagnosticCode.InternalError;
    public static readonly DiagnosticCode FolderMissing = new(2, "folder-missing", "The input or theme folder given does not exist.", "dotnet run -- --input no-such-folder", "Give the folder that holds site.yaml (--input) or layouts/ (--theme).");
    public static readonly DiagnosticCode OutputRefused = new(3, "output-refused", "The output folder is, or holds, the input, theme or project folder, or lies inside them: writing there could replace sources.", "dotnet run -- --output input", "Choose an output folder of its own, such as output/.");
    public static readonly DiagnosticCode OutputNotOurs = new(4, "output-not-ours", "The output folder holds files this tool did not write where the site has files of its own; the build never replaces them.", "output/index.html written by hand", "Move those files away or choose another --output.");
    public static readonly DiagnosticCode OutputWriteFailed = new(5, "output-write-failed", "The output folder could not be updated (permissions, a full disk).", "output/ read-only", "Make the folder writable; the previous site is left as it was.");
    public static readonly DiagnosticCode OutputPathEscapes = new(6, "output-path-escapes", "A page's output path would leave the output folder.", "a page whose URL contains ../", "Give the page an id and URL inside the site.");
    public static readonly DiagnosticCode CopyOutsideInput = new(7, "copy-outside-input", "A file to copy resolves outside the input and theme folders.", "a static file reached through a link", "Keep copied files inside input/static/ or theme/assets/.");
    public static readonly DiagnosticCode SymbolicLink = new(10, "symbolic-link", "A file or folder is a symbolic link; the build reads only the site's own files, never a link's target.", "input/models/x.md -> /etc/passwd", "Replace the link with the file itself.");
    public static readonly DiagnosticCode FileTooLarge = new(11, "file-too-large", "A file is larger than the build reads.", "a 10 MB Markdown page", "Split the page, or move the data out of it.");
    public static readonly DiagnosticCode BinaryFile = new(12, "binary-file", "A file that should be text contains a NUL byte.", "a PNG saved as input/models/x.md", "Put images under input/static/ and link them; keep .md and .yaml files text.");
    public static readonly DiagnosticCode NotUtf8 = new(13, "not-utf8", "A file is not valid UTF-8.", "a page saved as Latin-1", "Save the file as UTF-8.");
    public static readonly DiagnosticCode EmptyFile = new(14, "empty-file", "A page or data file is empty.", "input/concepts/x.md with no bytes", "Write its content, or delete the file.");
    public static readonly DiagnosticCode ForbiddenCharacter = new(15, "forbidden-character", "Text holds a control or invisible character (U+0000–U+001F except tab and newline, bidirectional overrides).", "a title with U+202E in it", "Delete the character; write what it stood for in plain text.");
    public static readonly DiagnosticCode FileAccessFailed = new(16, "file-access-failed", "A command could not read or write a file or folder (permissions, a file in use, a full disk).", "dotnet run -- new Alpha with input/models/ read-only", "Make the folder readable and writable, or close what holds the file, and run the command again.");

    // 1xxx: YAML and site.yaml
    public static readonly DiagnosticCode YamlSyntax = new(1001, "yaml-syntax", "The YAML does not parse; the message adds a hint where the cause is common (indentation, an unquoted colon, a tab, a missing quote).", "title: CLIP: Learning\n  - a", "Fix the line named (and the one before it): indent with spaces, quote a value holding ': ', close quotes and brackets.");
    public static readonly DiagnosticCode YamlSecondDocument = new(1002, "yaml-second-document", "A second YAML document ('---') follows the first.", "- id: a\n---\n- id: b", "Keep one document per file; delete the '---'.");
    public static readonly DiagnosticCode YamlTooDeep = new(1003, "yaml-too-deep", "YAML nested deeper than the build reads, or expanding through aliases to more values than the file has characters.", "a: &a [*a, *a] (an alias bomb)", "Write the values out plainly; no real atlas file nests that deep.");
    public static readonly DiagnosticCode YamlUnknownAlias = new(1004, "yaml-unknown-alias", "An alias ('*name') names no anchor ('&name') before it.", "tags: *common", "Define the anchor first, or write the value out.");
    public static readonly DiagnosticCode YamlKeyNotPlain = new(1005, "yaml-key-not-plain", "A mapping key is a list or a mapping.", "? [a, b]\n: value", "Use a plain word as the key.");
    public static readonly DiagnosticCode YamlMergeKey = new(1006, "yaml-merge-key", "Merge keys ('<<') are not supported.", "<<: *defaults", "Write the values out in each mapping.");
    public static readonly DiagnosticCode YamlDuplicateKey = new(1007, "yaml-duplicate-key", "A key appears twice in one mapping; the second would silently win.", "title: A\ntitle: B", "Keep one of them.");
    public static readonly DiagnosticCode SiteNotMapping = new(1101, "site-not-mapping", "site.yaml is not a mapping of settings.", "- title: Atlas", "Write settings as 'key: value' lines.");
    public static readonly DiagnosticCode SiteSettingInvalid = new(1102, "site-setting-invalid", "A setting of site.yaml has a value the build refuses (url, base_path, repository, edit_branch).", "url: javascript:alert(1)", "Give an http(s) origin for url, a path such as /atlas/ for base_path, a plain branch name.");
    public static readonly DiagnosticCode SiteRawHtmlNotBool = new(1103, "site-raw-html-not-bool", "allow_raw_html is not true or false.", "allow_raw_html: yes please", "Write allow_raw_html: true or allow_raw_html: false.");
    public static readonly DiagnosticCode SiteUrlMissing = new(1104, "site-url-missing", "No url is set, so canonical URLs, the feed and the sitemap cannot be absolute.", "site.yaml without url", "Set url in site.yaml or pass --url https://user.github.io.");

    // 2xxx: front matter and pages
    public static readonly DiagnosticCode FrontMatterUnclosed = new(2001, "front-matter-unclosed", "Front matter opened with '---' on line 1 is never closed.", "---\ntitle: A\n(no closing ---)", "Add a '---' line after the last front matter line.");
    public static readonly DiagnosticCode FrontMatterNotMapping = new(2002, "front-matter-not-mapping", "Front matter is not a mapping of keys to values.", "---\n- a\n---", "Write 'key: value' lines.");
    public static readonly DiagnosticCode FrontMatterWrongType = new(2003, "front-matter-wrong-type", "A front matter field has the wrong shape: id, title, summary and layout are single values; tags and aliases lists; an id a lowercase slug.", "tags: contrastive", "Write tags: [contrastive]; title: a single line of text.");
    public static readonly DiagnosticCode FrontMatterLiquid = new(2004, "front-matter-liquid", "Front matter holds Liquid ('{{' or '{%'), which is never evaluated there.", "title: \"{{ site.title }}\"", "Write plain text.");
    public static readonly DiagnosticCode Placeholder = new(2005, "placeholder", "A placeholder that `new` wrote is still to be filled in (an error with check --strict).", "TODO: one paragraph on the method", "Write the text, or delete the line.");
    public static readonly DiagnosticCode ModelPageNoId = new(2101, "model-page-no-id", "A model page has no id in its front matter.", "input/models/clip.md without id:", "Add id: with the file's name.");
    public static readonly DiagnosticCode ModelPageIdMismatch = new(2102, "model-page-id-mismatch", "A model page's id is not its file name.", "input/models/clip.md with id: openai-clip", "Rename the file or set the id to the file's name.");
    public static readonly DiagnosticCode ModelPageNoRow = new(2103, "model-page-no-row", "A model page names an id that no row of models.yaml has.", "id: gamma (no row gamma)", "Add the row (dotnet run -- new), or fix the id.");
    public static readonly DiagnosticCode RowWithoutPage = new(2104, "row-without-page", "A row of models.yaml has no page under input/models/.", "- id: gamma (no input/models/gamma.md)", "Add the page (dotnet run -- new writes both).");

    // 3xxx: the model table and its vocabulary
    public static readonly DiagnosticCode TableNotList = new(3001, "table-not-list", "A data file is not a list of entries starting with '- id:'.", "models: [...]", "Write one '- id: ...' entry per row at the top level.");
    public static readonly DiagnosticCode EntryNotMapping = new(3002, "entry-not-mapping", "An entry of a data list (a row, variant or result) is not a mapping of fields.", "- clip", "Write the entry as 'field: value' lines.");
    public static readonly DiagnosticCode DuplicateId = new(3003, "duplicate-id", "Two entries of one list share an id.", "- id: clip ... - id: clip", "Give each entry its own id.");
    public static readonly DiagnosticCode UnknownField = new(3004, "unknown-field", "A field the schema does not know (often a misspelling).", "familly: dual-encoder", "Use a field of the schema page (/schema/).");
    public static readonly DiagnosticCode MissingField = new(3005, "missing-field", "A required field is missing.", "a row without date", "Add the field.");
    public static readonly DiagnosticCode WrongType = new(3006, "wrong-type", "A field has the wrong shape: a list where one value goes, text where a number or true/false goes.", "name: [CLIP]", "Write the shape the schema page gives for the field.");
    public static readonly DiagnosticCode NotASlug = new(3007, "not-a-slug", "An id is not a lowercase slug.", "id: My Model", "Use letters a-z, digits and single hyphens: my-model.");
    public static readonly DiagnosticCode BibtexUnbalancedBraces = new(3008, "bibtex-unbalanced-braces", "A value written into atlas.bib has a '{' without its '}' (or the reverse), which would break or inject BibTeX.", "venue: ICML}@misc(evil,", "Balance the braces, or drop them.");
    public static readonly DiagnosticCode DateInvalid = new(3009, "date-invalid", "A date is not a real calendar date written YYYY-MM-DD.", "date: 2021-02-30", "Write the date of the paper's first version: 2021-02-26.");
    public static readonly DiagnosticCode DateInFuture = new(3010, "date-in-future", "A date lies in the future.", "date: 2099-01-01", "Write the date the paper appeared.");
    public static readonly DiagnosticCode ArxivIdInvalid = new(3011, "arxiv-id-invalid", "arxiv is not an arXiv id.", "arxiv: https://arxiv.org/abs/2103.00020", "Write the id alone: arxiv: \"2103.00020\".");
    public static readonly DiagnosticCode PrimaryClassInvalid = new(3012, "primary-class-invalid", "primary_class is not an arXiv category, or is given without arxiv.", "primary_class: vision", "Write arXiv's category (cs.CV) and the row's arxiv id.");
    public static readonly DiagnosticCode UnsafeUrl = new(3013, "unsafe-url", "A URL field is not an http or https URL.", "code: javascript:alert(1)", "Give the https address.");
    public static readonly DiagnosticCode UnknownVocabulary = new(3014, "unknown-vocabulary", "A value names no entry of its vocabulary file (families, objectives, categories, benchmarks, settings, frozen parts).", "family: dual-encoders", "Use an id the vocabulary file defines, or add it there.");
    public static readonly DiagnosticCode VariantInvalid = new(3015, "variant-invalid", "The variants of a row are missing, duplicated, unsourced, or the headline names none of them.", "headline: large (no variant large)", "List each variant with an id, a name and a source; point headline at one of them.");
    public static readonly DiagnosticCode ResultInvalid = new(3016, "result-invalid", "A result names an unknown variant, has no source, or repeats another result.", "- {benchmark: vqav2, variant: xl, value: 80}", "Name a variant of the row and the table or section of the paper it comes from.");
    public static readonly DiagnosticCode ResultSettingInvalid = new(3017, "result-setting-invalid", "A result's setting does not fit its benchmark, or lacks what it needs (from for transfer, shots for few-shot), or has what it must not.", "setting: few-shot (no shots)", "Use a setting the benchmark admits, with shots or from as the setting asks.");
    public static readonly DiagnosticCode ResultOutOfRange = new(3018, "result-out-of-range", "A result's value lies outside its benchmark's range.", "value: 140 on a 0 to 100 benchmark", "Copy the number as printed in the paper.");
    public static readonly DiagnosticCode BuildsOnInvalid = new(3019, "builds-on-invalid", "builds_on names the row itself, an unknown id, or closes a cycle.", "builds_on: [clip] in the row clip", "Name earlier models by their ids.");
    public static readonly DiagnosticCode NameCollision = new(3020, "name-collision", "Two rows' ids, names or aliases are equal ignoring case, so a wiki link to one could mean either.", "name: CLIP beside alias: clip", "Make the names distinct.");
    public static readonly DiagnosticCode VocabularyInvalid = new(3101, "vocabulary-invalid", "A vocabulary entry is malformed: a benchmark without settings or with an unknown one, a bad colour, a bad range.", "colour: blue", "Write colour: \"#2b6cb0\", range: [0, 100], settings: [fine-tuned].");
    public static readonly DiagnosticCode VocabularyUnused = new(3102, "vocabulary-unused", "A vocabulary entry no row uses.", "a benchmark no result names", "Delete it, or add the results that use it.");

    // 4xxx: Markdown
    public static readonly DiagnosticCode UnsafeLink = new(4001, "unsafe-link", "A Markdown link or autolink is not http, https, mailto or a site path.", "[x](javascript:alert(1))", "Link an https address or a page of the site.");
    public static readonly DiagnosticCode RawHtmlOff = new(4002, "raw-html-off", "The page holds raw HTML and allow_raw_html is off.", "<div>...</div>", "Write Markdown, or set allow_raw_html: true in site.yaml.");
    public static readonly DiagnosticCode RawHtmlUnsafe = new(4003, "raw-html-unsafe", "Raw HTML the safety policy refuses: scripts, event handlers, unsafe URLs, styles, frames.", "<img src=x onerror=alert(1)>", "Write Markdown; raw HTML may only use plain, safe elements.");
    public static readonly DiagnosticCode RawHtmlNesting = new(4004, "raw-html-nesting", "Raw HTML closes an element it did not open, or leaves one open.", "</main>", "Close each element the page opens, and only those.");
    public static readonly DiagnosticCode CharacterReference = new(4005, "character-reference", "A character reference stands for a forbidden character.", "&#x202E;", "Delete it.");
    public static readonly DiagnosticCode MarkdownTooDeep = new(4006, "markdown-too-deep", "Markdown nested deeper than the build renders (quotes, lists, brackets).", "[[[[[[... a thousand times", "Flatten the text.");
    public static readonly DiagnosticCode MathInvalid = new(4007, "math-invalid", "A TeX formula does not parse, or uses a command the build does not trust (\\href, \\url, \\includegraphics).", "$\\frac{a$", "Fix the TeX; link outside the formula.");
    public static readonly DiagnosticCode WikiLinkUnresolved = new(4101, "wiki-link-unresolved", "A [[wiki link]] names no model, concept or task.", "[[CLIPP]]", "Use a page's id, name or alias: [[CLIP]].");
    public static readonly DiagnosticCode HeadingClashesLayout = new(4102, "heading-clashes-layout", "A heading's anchor is also an element id of the page's layout, so the link to one would jump to the other.", "## Results (the layout has id=\"results\")", "Reword the heading.");

    // 5xxx: links (check)
    public static readonly DiagnosticCode BrokenLink = new(5001, "broken-link", "A link, image or asset of a rendered page points at nothing the site has.", "[paper](/models/nope/)", "Fix the path, or add the page; the diagnostic is at the line that wrote the link.");
    public static readonly DiagnosticCode BrokenAnchor = new(5002, "broken-anchor", "A link's #anchor names no element of its target page.", "[method](/models/clip/#methd)", "Use an id the target page has (its headings' anchors).");
    public static readonly DiagnosticCode LinkOutsideBasePath = new(5003, "link-outside-base-path", "A root-relative link leaves the site's base path, so it breaks on a project site.", "href=\"/compare/\" written by hand in a layout", "Write it through | relative_url, or relative to the page.");
    public static readonly DiagnosticCode LinkNeedsRedirect = new(5004, "link-needs-redirect", "A link to a folder lacks its final '/', so it works only through a redirect (an error with --strict).", "[CLIP](../clip)", "End it with '/'.");
    public static readonly DiagnosticCode RelativeLinkOn404 = new(5005, "relative-link-on-404", "The 404 page links relatively, but it is served at whatever URL was missing.", "href=\"assets/site.css\" in not-found.liquid", "Start it with the base path (relative_url).");
    public static readonly DiagnosticCode ExternalLinkDead = new(5101, "external-link-dead", "check --external: an outside link answered 4xx or 5xx, did not answer in time, or could not be reached.", "code: https://github.com/gone/repo", "Link the new address, or an archived copy.");
    public static readonly DiagnosticCode ExternalLinkMoved = new(5102, "external-link-moved", "check --external: an outside link redirects to another host, or is still rate-limited after its retries.", "http://old.example/ -> https://new.example/", "Link the new address.");
    public static readonly DiagnosticCode LinkCacheUnusable = new(5103, "link-cache-unusable", "The external link cache is not a cache file this tool wrote; it is neither read nor replaced.", ".atlas-cache/external-links.json holding other data", "Delete or move the file, or pass --cache FILE.");

    // 6xxx: templates and layouts
    public static readonly DiagnosticCode TemplateSyntax = new(6001, "template-syntax", "A Liquid template does not parse.", "{% if page.title %} without {% endif %}", "Close the tag; see the line named.");
    public static readonly DiagnosticCode LayoutNotFound = new(6002, "layout-not-found", "A page or layout names a layout theme/layouts does not have.", "layout: widepage", "Name a file of theme/layouts without .liquid.");
    public static readonly DiagnosticCode LayoutCycle = new(6003, "layout-cycle", "A layout is its own ancestor.", "a.liquid with layout: b, b.liquid with layout: a", "Break the cycle: the outermost layout has no layout.");
    public static readonly DiagnosticCode TemplateFailed = new(6004, "template-failed", "A template failed while rendering a page.", "a filter given the wrong kind of value", "Fix the template line; the message names the page it was rendering.");
    public static readonly DiagnosticCode TemplateUndefined = new(6006, "template-undefined", "A layout or partial reads a variable that the page it renders does not have, so it prints nothing (an error in check, a warning in build).", "{{ glossary }} in a layout, with no glossary given to it", "Give the value to the template from the C# that makes its data, or take it out of the template; an optional value is passed as null.");
    public static readonly DiagnosticCode TemplateMissingMember = new(6007, "template-missing-member", "A layout or partial reads a member the value does not have, often a misspelling, so it prints nothing (an error in check, a warning in build).", "{{ page.kindd }} in a layout", "Fix the name, or give the member from the C# that makes the template's data; an optional member is given as null.");
    public static readonly DiagnosticCode TemplateUnknownFilter = new(6008, "template-unknown-filter", "A layout or partial applies a filter that neither Liquid nor the site defines, so the value passes through it unchanged (an error in check, a warning in build).", "{{ page.title | upcasee }} in a layout", "Fix the filter's name; the filters are Liquid's standard ones plus relative_url, absolute_url and slugify.");
    public static readonly DiagnosticCode ArchetypeMissing = new(6005, "archetype-missing", "The theme has no archetypes/model.md for `new` to fill in.", "theme/archetypes/ without model.md", "Restore the archetype from the repository.");

    // 7xxx: names shared across the site
    public static readonly DiagnosticCode IdTaken = new(7001, "id-taken", "Two pages share an id or an output file.", "input/concepts/clip.md beside the model clip", "Give one of them another id or file name.");
    public static readonly DiagnosticCode FacetSlug = new(7002, "facet-slug", "A tag or organisation has no letter or digit to name its page by, or two spellings would share one page.", "tags: [Contrastive, contrastive]", "Spell each the same way everywhere.");
    public static readonly DiagnosticCode FacetValueNew = new(7003, "facet-value-new", "check: an organisation or tag is new to the atlas (not in organisations.yaml or tags.yaml), which is how misspellings look.", "organisation: Gogle", "Fix the spelling, or add the value to the list if it is meant.");
    public static readonly DiagnosticCode FacetProseOrphan = new(7004, "facet-prose-orphan", "A file of family prose (input/families/<slug>.md) names a family no model has.", "input/families/dual-encoders.md", "Name the file after the slug of a family's name (dual-encoder.md), or delete it.");

    // 8xxx: the command line: new
    public static readonly DiagnosticCode NewPageExists = new(8001, "new-page-exists", "new: a page for this id already exists.", "dotnet run -- new CLIP", "Choose another name or pass --id.");
    public static readonly DiagnosticCode NewIdTaken = new(8002, "new-id-taken", "new: a row already has this id.", "dotnet run -- new Alpha --id alpha", "Choose another --id.");
    public static readonly DiagnosticCode NewNameTaken = new(8003, "new-name-taken", "new: a row already has this name, so [[name]] links could not tell them apart.", "dotnet run -- new BETA beside a row named Beta", "Choose another name.");
    public static readonly DiagnosticCode NewPaperTaken = new(8004, "new-paper-taken", "new --arxiv: the paper is already in the table.", "dotnet run -- new --arxiv 2103.00020", "Complete that row instead.");
    public static readonly DiagnosticCode NewRowUnreadable = new(8005, "new-row-unreadable", "new: the row it would append would not read back from models.yaml.", "models.yaml written as a flow list", "Keep models.yaml a block list of '- id:' rows.");
    public static readonly DiagnosticCode NewArxivLookupFailed = new(8006, "new-arxiv-lookup-failed", "new --arxiv: arXiv could not be asked, has no such paper, or answered what could not be read.", "dotnet run -- new --arxiv 2312.99999", "Check the id on arxiv.org, or pass --offline with --title and --date.");
    public static readonly DiagnosticCode NewNameMissing = new(8007, "new-name-missing", "new: no model name was given, and the paper's title has none before a colon to take.", "dotnet run -- new --arxiv 2303.15343", "Give the name: new <Name> --arxiv <id>.");
    public static readonly DiagnosticCode NewNameInvalid = new(8008, "new-name-invalid", "new: the model name is empty, too long, or holds a character a name cannot carry (a control or invisible character, or one of [ ] | < > { } \\ `).", "dotnet run -- new \"Alpha [v2]\"", "Give the name as one plain line without those characters.");
    public static readonly DiagnosticCode NewIdUnusable = new(8009, "new-id-unusable", "new: the name gives no usable id (no letter or digit left once folded to a slug).", "dotnet run -- new \"???\"", "Pass --id with a lowercase slug such as --id my-model.");
    public static readonly DiagnosticCode NewNothingWritten = new(8010, "new-nothing-written", "new: the errors above stopped it; no file was changed.", "dotnet run -- new CLIP (already in the atlas)", "Fix the errors listed before it and run new again.");

    // 9xxx: the command line: options, preview and serve
    public static readonly DiagnosticCode UsageInvalid = new(9001, "usage-invalid", "The command line does not parse: an unknown command or option, or an option's value the command refuses.", "dotnet run -- --verbose=perhaps", "Run with --help for the commands and options and what each takes.");
    public static readonly DiagnosticCode ServeOutputMissing = new(9002, "serve-output-missing", "serve: the output folder to serve does not exist.", "dotnet run -- serve --output no-site-yet", "Build the site first (dotnet run), or give the --output it was built into.");

    /// <summary>Every code, by number.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } = typeof(Codes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticCode))
        .Select(f => (DiagnosticCode)f.GetValue(null)!)
        .OrderBy(c => c.Number)
        .ToList();

    /// <summary>The area a code belongs to.</summary>
    public static string AreaOf(DiagnosticCode code) => Ranges.Last(r => r.From <= code.Number).Area;
}
