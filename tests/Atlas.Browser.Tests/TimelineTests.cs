using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>The architecture timeline: a drawn figure whose nodes lead to the model pages.</summary>
public sealed class TimelineTests(AtlasFixture atlas) : BrowserTest(atlas)
{
    [Fact]
    public async Task Clicking_a_timeline_node_opens_its_model_page()
    {
        var page = await OpenAsync("timeline/");

        await Node(page, "CLIP").ClickAsync();

        await ArriveAtAsync(page, "models/clip/");
        Assert.Equal("CLIP", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
    }

    [Fact]
    public async Task On_a_360px_screen_the_newest_node_is_reached_by_scrolling_the_figure()
    {
        var page = await OpenAsync("timeline/", new BrowserNewContextOptions { ViewportSize = new() { Width = 360, Height = 800 } });

        await Node(page, "InstructBLIP").ClickAsync();

        await ArriveAtAsync(page, "models/instructblip/");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360);
    }

    [Fact]
    public async Task Every_model_has_one_node_in_the_figure()
    {
        var page = await OpenAsync("timeline/");

        var targets = await page.Locator("figure svg").GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>(
            "links => links.map(a => a.href.baseVal ?? a.getAttribute('href'))");
        Assert.Equal(Atlas.ModelCount, targets.Distinct().Count());
        Assert.All(targets, href => Assert.Matches($"^{Regex.Escape(AtlasFixture.BasePath)}models/[a-z0-9-]+/$", href));
    }

    /// <summary>A model's node: a link in the figure whose name starts with the model's name.</summary>
    private static ILocator Node(IPage page, string model) =>
        page.Locator("figure svg").GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{Regex.Escape(model)}\\b") });
}
