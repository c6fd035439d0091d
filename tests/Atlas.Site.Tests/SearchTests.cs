using System.Text.Json;
using AngleSharp.Html.Parser;
using Atlas.Site.Markdown;
using Atlas.Site.Modules.Search;

namespace Atlas.Site.Tests;

public class SearchTests(RealAtlasFixture atlas) : IClassFixture<RealAtlasFixture>
{
    private static readonly HtmlParser Html = new();

    private static List<JsonElement> Entries(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("pages").EnumerateArray().ToList();

    private IEnumerable<string> Ids(string folder) =>
        Directory.EnumerateFiles(Path.Combine(atlas.Input, folder), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>();

    [Fact]
    public void The_index_lists_every_model_concept_and_task_with_its_url_under_the_site()
    {
        var entries = Entries(atlas.Read("search-index.json"));
        var urls = entries.Select(e => e.GetProperty("url").GetString()).ToList();

        foreach (var folder in new[] { "models", "concepts", "tasks" })
        {
            foreach (var id in Ids(folder))
                Assert.Single(urls, u => u == $"{folder}/{id}/");
        }
        Assert.Contains("taxonomy/", urls);
        Assert.Contains("compare/", urls);
        Assert.DoesNotContain(urls, u => u!.Contains("404", StringComparison.Ordinal));
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }

    [Fact]
    public void A_model_entry_carries_its_name_aliases_tags_keywords_summary_and_plain_text()
    {
        var clip = Entries(atlas.Read("search-index.json")).Single(e => e.GetProperty("id").GetString() == "clip");
        var row = atlas.Rows.Single(r => r.Id == "clip");

        Assert.Equal("CLIP", clip.GetProperty("title").GetString());
        Assert.Equal("Model", clip.GetProperty("type").GetString());
        Assert.Equal(row.Aliases, clip.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("contrastive", clip.GetProperty("tags").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("OpenAI", clip.GetProperty("keywords").EnumerateArray().Select(a => a.GetString()));
        Assert.NotEmpty(clip.GetProperty("summary").GetString()!);
        var text = clip.GetProperty("text").GetString()!;
        Assert.InRange(text.Length, 200, BuildSearchIndex.TextLength + 1);
        Assert.DoesNotContain("[[", text);
        Assert.DoesNotContain("##", text);
        Assert.DoesNotContain("<", text);
    }

    [Fact]
    public void A_concept_entry_carries_the_aliases_of_its_front_matter()
    {
        var itc = Entries(atlas.Read("search-index.json")).Single(e => e.GetProperty("url").GetString() == "concepts/itc/");

        Assert.Equal("Concept", itc.GetProperty("type").GetString());
        Assert.Contains("ITC", itc.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Without_javascript_the_search_page_lists_every_page_as_a_directory()
    {
        var page = Html.ParseDocument(atlas.Read("search/index.html"));
        var links = page.QuerySelectorAll("#search-directory a").Select(a => a.GetAttribute("href")).ToList();
        var indexed = Entries(atlas.Read("search-index.json")).Select(e => "/" + e.GetProperty("url").GetString()).ToList();

        Assert.Equal(indexed.Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        Assert.Equal("get", page.QuerySelector("form.search-page-form")!.GetAttribute("method"));
        Assert.Equal("/" + "search/", page.QuerySelector("form.search-page-form")!.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("label[for=search-query]"));
        Assert.Equal("/", page.Body!.GetAttribute("data-base"));
        Assert.NotNull(page.QuerySelector($"script[src='/assets/js/search.js']"));
    }

    [Fact]
    public void Plain_text_keeps_the_words_of_links_and_emphasis_and_drops_markup_and_code_blocks()
    {
        var ast = AtlasMarkdown.Parse("## Heading\n\nSee [[CLIP|the CLIP model]], *emphasis* and [a link](https://example.org) with `code`.\n\n```\nskipped();\n```\n", out _)!;

        Assert.Equal("Heading See the CLIP model, emphasis and a link with code.", PlainText.Of(ast, 1000));
        Assert.Equal("Heading See the…", PlainText.Of(ast, 16));
    }
}
