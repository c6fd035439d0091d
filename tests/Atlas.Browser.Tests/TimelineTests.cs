using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>The architecture timeline: a drawn figure whose nodes lead to the model pages.</summary>
public sealed class TimelineTests(AtlasFixture atlas) : BrowserTest(atlas)
{
    [BrowserFact]
    public async Task Clicking_a_node_traces_its_lineage_and_clicking_it_again_opens_its_model_page()
    {
        var page = await OpenAsync("timeline/");
        var svg = page.Locator("figure svg");
        Assert.Equal(0, await svg.Locator(".tl-arrow.traced").CountAsync());

        await Node(page, "CLIP").ClickAsync();

        Assert.EndsWith("/timeline/", page.Url);
        var traced = await svg.Locator(".tl-arrow.traced").EvaluateAllAsync<string[]>("arrows => arrows.map(a => a.dataset.from + '>' + a.dataset.to)");
        Assert.Contains("vsepp>clip", traced);
        Assert.Contains("clip>albef", traced);
        Assert.Contains("albef>blip", traced);
        Assert.DoesNotContain("vilbert>lxmert", traced);
        Assert.Equal(traced.Length, await svg.Locator(".tl-arrow.traced").EvaluateAllAsync<int>("as => as.filter(a => getComputedStyle(a).display !== 'none').length"));
        Assert.StartsWith("CLIP: builds on 1 model", await page.Locator(".timeline-status").InnerTextAsync());

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal(0, await svg.Locator(".tl-arrow.traced").CountAsync());

        await Node(page, "CLIP").ClickAsync();
        await Node(page, "CLIP").ClickAsync();

        await ArriveAtAsync(page, "models/clip/");
        Assert.Equal("CLIP", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
    }

    [BrowserFact]
    public async Task On_a_375px_screen_the_vertical_timeline_shows_the_newest_model_at_the_top_and_taps_trace_it()
    {
        var page = await OpenAsync("timeline/", new BrowserNewContextOptions { ViewportSize = new() { Width = 375, Height = 800 }, HasTouch = true });

        Assert.False(await page.Locator(".timeline-wide").IsVisibleAsync());
        var vertical = page.Locator("svg.timeline-vertical-svg");
        Assert.True(await vertical.IsVisibleAsync());
        var ids = await vertical.Locator(".tl-node").EvaluateAllAsync<string[]>("ns => ns.map(n => n.dataset.id)");
        var boxes = await vertical.Locator(".tl-node").EvaluateAllAsync<double[][]>(
            "ns => ns.map(n => { const r = n.getBoundingClientRect(); return [r.top, r.left, r.right]; })");
        var newest = Atlas.NewestModelId;
        var topmost = Enumerable.Range(0, ids.Length).MinBy(i => boxes[i][0]);
        Assert.Equal(newest, ids[topmost]);
        var (left, right) = (boxes[topmost][1], boxes[topmost][2]);
        Assert.True(left >= 0 && right <= 375, $"the newest model's node spans {left}..{right} px, not within the 375 px screen");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the page scrolls sideways");

        var node = vertical.Locator($".tl-node[data-id='{newest}']");
        await node.TapAsync();
        Assert.Matches("builds on", await page.Locator(".timeline-status").InnerTextAsync());
        Assert.Equal("selected", await node.EvaluateAsync<string>("n => n.classList.contains('selected') ? 'selected' : ''"));
        Assert.True(await vertical.Locator(".tl-arrow.traced").CountAsync() > 0, "tapping the newest model traces none of its arrows");
        await node.TapAsync();

        await ArriveAtAsync(page, $"models/{newest}/");
    }

    [BrowserFact]
    public async Task Every_model_has_one_node_in_the_figure()
    {
        var page = await OpenAsync("timeline/");

        var targets = await page.Locator("figure svg").GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>(
            "links => links.map(a => a.href.baseVal ?? a.getAttribute('href'))");
        Assert.Equal(Atlas.ModelCount, targets.Distinct().Count());
        Assert.All(targets, href => Assert.Matches($"^{Regex.Escape(AtlasFixture.BasePath)}models/[a-z0-9-]+/$", href));
    }

    [BrowserFact]
    public async Task Only_main_parent_arrows_show_until_every_arrow_is_asked_for()
    {
        var page = await OpenAsync("timeline/");
        var arrows = page.Locator("figure svg .tl-arrow");

        var visible = await arrows.EvaluateAllAsync<string[]>("as => as.filter(a => getComputedStyle(a).display !== 'none').map(a => a.getAttribute('class'))");
        Assert.NotEmpty(visible);
        Assert.All(visible, c => Assert.Contains("main", c));

        await page.GetByLabel("Show every \"builds on\" arrow", new() { Exact = false }).CheckAsync();

        Assert.Equal(await arrows.CountAsync(), await arrows.EvaluateAllAsync<int>("as => as.filter(a => getComputedStyle(a).display !== 'none').length"));
    }

    [BrowserFact]
    public async Task Without_JavaScript_a_node_is_a_plain_link_and_the_arrow_toggle_still_works()
    {
        var page = await OpenAsync("timeline/", new BrowserNewContextOptions { JavaScriptEnabled = false });

        Assert.False(await page.Locator(".timeline-status").IsVisibleAsync());
        await page.GetByLabel("Show every \"builds on\" arrow", new() { Exact = false }).CheckAsync();
        Assert.True(await page.Locator("figure svg .tl-arrow.extra").First.IsVisibleAsync());
        await Node(page, "CLIP").ClickAsync();

        await ArriveAtAsync(page, "models/clip/");
    }

    [BrowserFact]
    public async Task The_home_page_shows_a_thumbnail_of_the_timeline_that_leads_to_it()
    {
        var page = await OpenAsync("");

        var thumbnail = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Architecture timeline") });
        Assert.True(await thumbnail.IsVisibleAsync());
        Assert.Equal(Atlas.ModelCount, await page.Locator(".timeline-thumbnail .tl-dot").CountAsync());
        await thumbnail.ClickAsync();

        await ArriveAtAsync(page, "timeline/");
    }

    /// <summary>A model's node: a link in the figure whose name starts with the model's name.</summary>
    private static ILocator Node(IPage page, string model) =>
        page.Locator("figure svg").GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{Regex.Escape(model)}\\b") });
}
