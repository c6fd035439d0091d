using AngleSharp.Html.Parser;

namespace Atlas.Site.Tests;

/// <summary>The main navigation marks the section the reader is in, on every page of that section.</summary>
public class NavigationTests
{
    private static readonly HtmlParser Html = new();

    [Theory]
    [InlineData("models/alpha/index.html", "Models")]
    [InlineData("models/index.html", "Models")]
    [InlineData("concepts/itc/index.html", "Concepts")]
    [InlineData("concepts/index.html", "Concepts")]
    [InlineData("tasks/zero-shot-classification/index.html", "Tasks")]
    [InlineData("taxonomy/index.html", "Taxonomy")]
    [InlineData("charts/index.html", "Charts")]
    [InlineData("timeline/index.html", "Timeline")]
    public async Task The_section_of_the_page_is_the_current_item_of_the_main_navigation(string path, string section)
    {
        using var site = TestSite.Complete();
        Assert.True((await site.BuildAsync()).Succeeded);

        var current = Html.ParseDocument(site.ReadOutput(path)).QuerySelectorAll("nav[aria-label=Main] a[aria-current=page]");

        Assert.Equal([section], current.Select(a => a.TextContent));
    }
}
