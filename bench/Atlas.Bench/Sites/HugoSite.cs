using Atlas.Bench.Synthetic;

namespace Atlas.Bench.Sites;

/// <summary>
/// The same atlas as a Hugo site: the same pages and bodies (wiki links written as Markdown
/// links), data/models.yaml read natively, a model layout with the infobox and lineage from
/// the row, a comparison page rendering the whole table, a timeline listing every model by
/// date, task and concept pages listing the models that report or use them, tag pages, and a
/// base layout with navigation on every page.
/// </summary>
public static class HugoSite
{
    public static void Write(SyntheticAtlas atlas, string root)
    {
        var links = atlas.LinkTargets();
        SiteFiles.Write(root, "config.toml", $"""
            baseURL = "/"
            title = "{SyntheticAtlas.SiteTitle}"
            disableKinds = ["RSS"]
            [taxonomies]
            tag = "tags"
            """);
        SiteFiles.Write(root, "data/models.yaml", SiteFiles.PeerModelsYaml(atlas));
        SiteFiles.Write(root, "data/result_keys.yaml", SiteFiles.ResultKeysYaml());
        SiteFiles.Write(root, "static/assets/css/site.css", SiteFiles.Css);
        Parallel.ForEach(atlas.Models, m => SiteFiles.Write(root, $"content/models/{m.Id}.md", SiteFiles.Page(
            [$"title: {SiteFiles.Quote(m.Name)}", $"summary: {SiteFiles.Quote(m.Summary)}", $"tags: {SiteFiles.List(m.Tags)}"],
            SiteFiles.WithMarkdownLinks(m.Body, links))));
        foreach (var page in atlas.Pages)
        {
            var frontMatter = new List<string> { $"title: {SiteFiles.Quote(page.Title)}", $"summary: {SiteFiles.Quote(page.Summary)}", $"aliases_of: {SiteFiles.List(page.Aliases)}" };
            if (page.ResultKeys.Count > 0) frontMatter.Add($"results: {SiteFiles.List(page.ResultKeys)}");
            var path = page.Folder.Length == 0 ? "content/_index.md" : $"content/{page.Folder}/{page.Id}.md";
            SiteFiles.Write(root, path, SiteFiles.Page(frontMatter, SiteFiles.WithMarkdownLinks(page.Body, links)));
        }
        SiteFiles.Write(root, "content/models/_index.md", SiteFiles.Page(["title: All models"], ""));
        SiteFiles.Write(root, "content/concepts/_index.md", SiteFiles.Page(["title: Concepts"], ""));
        SiteFiles.Write(root, "content/tasks/_index.md", SiteFiles.Page(["title: Tasks"], ""));
        SiteFiles.Write(root, "content/compare.md", SiteFiles.Page(["title: Comparison table", "layout: comparison"], ""));
        SiteFiles.Write(root, "content/timeline.md", SiteFiles.Page(["title: Architecture timeline", "layout: timeline"], ""));
        foreach (var (path, text) in Layouts) SiteFiles.Write(root, "layouts/" + path, text);
    }

    private static readonly (string Path, string Text)[] Layouts =
    [
        ("_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
            <meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ site.Title }}{{ end }}">
            <link rel="canonical" href="{{ .Permalink }}">
            <link rel="stylesheet" href="{{ "assets/css/site.css" | relURL }}">
            </head>
            <body>
            <header class="site-header"><a class="brand" href="{{ "" | relURL }}">{{ site.Title }}</a>
            <nav aria-label="Main"><ul>
            <li><a href="{{ "models/" | relURL }}">Models</a></li>
            <li><a href="{{ "compare/" | relURL }}">Compare</a></li>
            <li><a href="{{ "timeline/" | relURL }}">Timeline</a></li>
            <li><a href="{{ "concepts/" | relURL }}">Concepts</a></li>
            <li><a href="{{ "tasks/" | relURL }}">Tasks</a></li>
            <li><a href="{{ "tags/" | relURL }}">Tags</a></li>
            </ul></nav></header>
            <main id="main">{{ block "main" . }}{{ end }}</main>
            <footer class="site-footer"><p>{{ site.Title }}</p></footer>
            </body>
            </html>
            """),
        ("partials/rows.html", """
            {{- /* Every row by id, built once per build (partialCached) so that lookups are not scans. */ -}}
            {{- $rows := newScratch -}}
            {{- range site.Data.models }}{{ $rows.SetInMap "byId" .id . }}{{ end -}}
            {{- return $rows.Get "byId" -}}
            """),
        ("_default/single.html", """
            {{ define "main" }}<article class="page"><h1>{{ .Title }}</h1>{{ with .Params.summary }}<p class="lede">{{ . }}</p>{{ end }}
            <div class="prose">{{ .Content }}</div>
            {{ with .Params.tags }}<p class="tags">{{ range . }}<a class="tag" href="{{ printf "tags/%s/" (urlize .) | relURL }}">{{ . }}</a> {{ end }}</p>{{ end }}</article>{{ end }}
            """),
        ("_default/list.html", """
            {{ define "main" }}<article class="page"><h1>{{ .Title }}</h1><ul class="model-list">{{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}"><strong>{{ .Title }}</strong></a><br>{{ .Params.summary }}</li>{{ end }}</ul></article>{{ end }}
            """),
        ("index.html", """
            {{ define "main" }}<article class="home"><h1>{{ site.Title }}</h1><div class="prose">{{ .Content }}</div>
            <h2>Newest models</h2><ul class="model-list">{{ range last 6 site.Data.models }}<li><a href="{{ printf "models/%s/" .id | relURL }}">{{ .name }}</a></li>{{ end }}</ul>
            <p>Compare {{ len site.Data.models }} models.</p></article>{{ end }}
            """),
        ("models/single.html", """
            {{ define "main" }}{{ $rows := partialCached "rows.html" "rows" }}{{ $row := index $rows .File.ContentBaseName }}
            <article class="model"><h1>{{ .Title }}</h1><p class="lede">{{ .Params.summary }}</p>
            <aside class="infobox"><dl>
            <dt>Paper</dt><dd>{{ $row.title }}<br>{{ delimit $row.authors ", " }}</dd>
            <dt>Published</dt><dd>{{ $row.date }} · {{ $row.venue }}</dd>
            <dt>Organisation</dt><dd>{{ delimit $row.org ", " }}</dd>
            <dt>Family</dt><dd>{{ $row.family }}</dd><dt>ViLT category</dt><dd>{{ $row.category }}</dd>
            <dt>Visual side</dt><dd>{{ $row.visual }}</dd><dt>Text side</dt><dd>{{ $row.text }}</dd><dt>Fusion</dt><dd>{{ $row.fusion }}</dd>
            <dt>Objectives</dt><dd>{{ range $i, $o := $row.objectives }}{{ if $i }}, {{ end }}<a href="{{ printf "concepts/%s/" (lower $o) | relURL }}">{{ $o }}</a>{{ end }}</dd>
            {{ with $row.params }}<dt>Parameters</dt><dd>{{ .value }} ({{ .source }})</dd>{{ end }}
            <dt>Pre-training data</dt><dd>{{ $row.pretrain_pairs.value }} ({{ $row.pretrain_pairs.source }})</dd>
            <dt>Compute</dt><dd>{{ $row.compute.value }} ({{ $row.compute.source }})</dd>
            <dt>Links</dt><dd><a href="https://arxiv.org/abs/{{ $row.arxiv }}">arXiv {{ $row.arxiv }}</a> · <a href="{{ $row.code }}">code</a></dd>
            </dl>
            <table class="results"><tbody>{{ range $key, $r := $row.results }}<tr><th>{{ $key }}</th><td class="num">{{ $r.value }}</td><td>{{ $r.source }}</td></tr>{{ end }}</tbody></table>
            </aside>
            <div class="prose">{{ .Content }}</div>
            <section class="lineage"><h2>Builds on</h2><ul>{{ range $row.builds_on }}{{ $b := index $rows . }}<li><a href="{{ printf "models/%s/" . | relURL }}">{{ $b.name }}</a> ({{ $b.date }})</li>{{ end }}</ul></section>
            <nav class="prev-next">{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            <p class="tags">{{ range .Params.tags }}<a class="tag" href="{{ printf "tags/%s/" (urlize .) | relURL }}">{{ . }}</a> {{ end }}</p>
            </article>{{ end }}
            """),
        ("concepts/single.html", """
            {{ define "main" }}{{ $code := index .Params.aliases_of 0 }}<article class="page concept"><h1>{{ .Title }}</h1><p class="lede">{{ .Params.summary }}</p>
            <div class="prose">{{ .Content }}</div>
            <h2>Models trained with it</h2><ul class="link-list">{{ range site.Data.models }}{{ if in .objectives $code }}<li><a href="{{ printf "models/%s/" .id | relURL }}">{{ .name }}</a></li>{{ end }}{{ end }}</ul>
            </article>{{ end }}
            """),
        ("tasks/single.html", """
            {{ define "main" }}<article class="page task"><h1>{{ .Title }}</h1><p class="lede">{{ .Params.summary }}</p>
            <div class="prose">{{ .Content }}</div>
            {{ range $key := .Params.results }}<h2>{{ $key }}</h2><table><tbody>{{ range $m := site.Data.models }}{{ with index $m.results $key }}<tr><th><a href="{{ printf "models/%s/" $m.id | relURL }}">{{ $m.name }}</a></th><td class="num">{{ .value }}</td><td>{{ .source }}</td></tr>{{ end }}{{ end }}</tbody></table>{{ end }}
            </article>{{ end }}
            """),
        ("_default/comparison.html", """
            {{ define "main" }}<article class="page wide"><h1>{{ .Title }}</h1><div class="table-scroll"><table class="comparison">
            <thead><tr><th>Model</th><th>Date</th><th>Family</th><th>ViLT cat.</th><th>Visual</th><th>Text</th><th>Fusion</th><th>Objectives</th><th>Data</th>{{ range site.Data.result_keys }}<th class="num">{{ .label }}</th>{{ end }}</tr></thead>
            <tbody>{{ range $m := site.Data.models }}<tr><th><a href="{{ printf "models/%s/" $m.id | relURL }}">{{ $m.name }}</a></th><td>{{ $m.date }}</td><td>{{ $m.family }}</td><td>{{ $m.category }}</td><td>{{ $m.visual }}</td><td>{{ $m.text }}</td><td>{{ $m.fusion }}</td><td>{{ delimit $m.objectives ", " }}</td><td>{{ $m.pretrain_pairs.value }}</td>{{ range site.Data.result_keys }}<td class="num">{{ with index $m.results .key }}<span title="{{ .source }}">{{ .value }}</span>{{ end }}</td>{{ end }}</tr>
            {{ end }}</tbody></table></div></article>{{ end }}
            """),
        ("_default/timeline.html", """
            {{ define "main" }}{{ $rows := partialCached "rows.html" "rows" }}<article class="page"><h1>{{ .Title }}</h1><ol class="timeline-list">
            {{ range site.Data.models }}<li><time datetime="{{ .date }}">{{ .date }}</time> <a href="{{ printf "models/%s/" .id | relURL }}">{{ .name }}</a>, {{ .family }}{{ with .builds_on }}; builds on {{ range $i, $b := . }}{{ if $i }}, {{ end }}<a href="{{ printf "models/%s/" $b | relURL }}">{{ (index $rows $b).name }}</a>{{ end }}{{ end }}</li>
            {{ end }}</ol></article>{{ end }}
            """),
    ];
}
