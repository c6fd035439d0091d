using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>A model page (ALBEF): its infobox, its variants and results, its lineage and its citation.</summary>
public sealed class ModelPageTests(AtlasFixture atlas) : BrowserTest(atlas)
{
    [BrowserFact]
    public async Task Infobox_shows_the_facts_of_the_models_table_row_and_the_results_every_variant()
    {
        var page = await OpenAsync("models/albef/");

        var infobox = page.GetByRole(AriaRole.Complementary, new() { Name = "ALBEF at a glance" });
        Assert.True(await infobox.IsVisibleAsync());
        Assert.Equal("16 July 2021 · NeurIPS 2021", await Fact(infobox, "Published"));
        Assert.Equal("Fusion encoder", await Fact(infobox, "Family"));
        Assert.Equal("ITC, ITM, MLM", await Fact(infobox, "Objectives"));
        Assert.Equal("ALBEF (14M)", await Fact(infobox, "Headline variant"));
        var results = page.GetByRole(AriaRole.Region, new() { Name = "All results" });
        Assert.Contains("75.84", await results.Locator("#model-results-vqav2-test-dev-fine-tuned + div").GetByRole(AriaRole.Row).Filter(new() { HasText = "ALBEF (14M)" }).InnerTextAsync());
        Assert.Contains("74.54", await results.Locator("#model-results-vqav2-test-dev-fine-tuned + div").GetByRole(AriaRole.Row).Filter(new() { HasText = "ALBEF (4M)" }).InnerTextAsync());

        await infobox.GetByRole(AriaRole.Link, new() { Name = "ITC" }).ClickAsync();
        await ArriveAtAsync(page, "concepts/itc/");
    }

    [BrowserFact]
    public async Task A_rank_badge_leads_to_the_models_marked_row_of_the_ranked_table()
    {
        var page = await OpenAsync("models/albef/", new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        var badge = page.GetByRole(AriaRole.Region, new() { Name = "Ranks in the atlas" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^(joint )?\d+(st|nd|rd|th) of \d+ on VQAv2 test-dev, fine-tuned$") });
        var rank = Regex.Match(await badge.InnerTextAsync(), @"(\d+)(st|nd|rd|th) of").Groups[1].Value;

        await badge.ClickAsync();
        await ArriveAtAsync(page, "tasks/vqa/#rank-vqav2-test-dev-fine-tuned-albef");
        var row = page.Locator("#rank-vqav2-test-dev-fine-tuned-albef");
        Assert.True(await row.IsVisibleAsync());
        Assert.Contains("ALBEF", await row.InnerTextAsync());
        // The row's rank is the badge's ordinal ("3rd" is rank 3), and the row is marked and on screen.
        Assert.Equal(rank, (await row.Locator(".c-rank").InnerTextAsync()).Trim('=', ' '));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await row.EvaluateAsync<string>("r => getComputedStyle(r).backgroundColor"));
        var box = await row.BoundingBoxAsync();
        Assert.InRange(box!.Y, 0, 900 - box.Height);
    }

    [BrowserFact]
    public async Task Lineage_links_lead_to_the_models_it_builds_on_and_its_followers()
    {
        var page = await OpenAsync("models/albef/");
        var table = await ModelTableAsync(page);
        string NameOf(string id) => table.Single(m => m.Id == id).Name;
        var albef = table.Single(m => m.Id == "albef");

        Assert.Equal(albef.BuildsOn.Select(NameOf), await LineageList(page, "Builds on").AllInnerTextsAsync());
        Assert.Equal(
            table.Where(m => m.BuildsOn.Contains("albef")).Select(m => m.Name).Order(),
            (await LineageList(page, "Followed by").AllInnerTextsAsync()).Order());
        Assert.Contains("clip", albef.BuildsOn);

        await LineageList(page, "Builds on").GetByText("CLIP", new() { Exact = true }).ClickAsync();
        await ArriveAtAsync(page, "models/clip/");
        Assert.Equal("CLIP", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("ALBEF", await LineageList(page, "Followed by").AllInnerTextsAsync());
    }

    [BrowserFact]
    public async Task Copy_button_puts_the_BibTeX_entry_on_the_clipboard()
    {
        var page = await OpenAsync("models/albef/", new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var entry = await page.Locator(".cite pre").InnerTextAsync();
        Assert.StartsWith("@", entry.Trim());

        var button = page.Locator(".cite").GetByRole(AriaRole.Button);
        Assert.Equal("Copy BibTeX", await button.InnerTextAsync());
        await button.ClickAsync();

        Assert.Equal(entry.Trim(), (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).Trim());
        Assert.Equal("Copied", await button.InnerTextAsync());
    }

    [BrowserFact]
    public async Task The_table_of_contents_leads_to_each_section()
    {
        var page = await OpenAsync("models/albef/", new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 } });
        var toc = page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" });

        var entries = await toc.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Equal(await page.Locator(".prose > h2").AllInnerTextsAsync(), entries);
        await toc.GetByRole(AriaRole.Link, new() { Name = "Results", Exact = true }).ClickAsync();

        Assert.EndsWith("#results", page.Url);
        var heading = await page.Locator("h2#results").BoundingBoxAsync();
        Assert.True(heading is { Y: > -1 and < 100 }, $"the Results heading is at y={heading?.Y} after following its entry");
    }

    [BrowserFact]
    public async Task On_a_wide_screen_the_infobox_stays_in_view_without_covering_the_text()
    {
        var page = await OpenAsync("models/albef/", new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 } });
        var infobox = page.Locator(".infobox");

        await page.Locator("h2#results").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("window.scrollBy(0, 200)");
        var box = (await infobox.BoundingBoxAsync())!;
        var prose = (await page.Locator(".prose").BoundingBoxAsync())!;

        Assert.True(box.Y >= 0 && box.Y + box.Height <= 800, $"the infobox is at y={box.Y}..{box.Y + box.Height} of an 800px window");
        Assert.True(box.X >= prose.X + prose.Width, $"the infobox (x={box.X}) overlaps the text (right edge {prose.X + prose.Width})");
        await page.Locator(".cite").ScrollIntoViewIfNeededAsync();
        var cite = (await page.Locator(".cite").BoundingBoxAsync())!;
        box = (await infobox.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= cite.Y, "the infobox covers the sections below the text");
    }

    [BrowserFact]
    public async Task On_a_phone_the_header_takes_at_most_64px()
    {
        var page = await OpenAsync("models/albef/", new BrowserNewContextOptions { ViewportSize = new() { Width = 375, Height = 800 } });

        var header = (await page.Locator(".site-header").BoundingBoxAsync())!;

        Assert.True(header.Height <= 64, $"the header is {header.Height}px tall at 375px");
        Assert.True(await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Models" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Searchbox).IsVisibleAsync());
        Assert.True(await page.Locator(".theme-toggle").IsVisibleAsync());
    }

    private sealed record ModelRow(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("builds_on")] string[] BuildsOn);

    /// <summary>The atlas's own table, as the site publishes it in models.json: what the pages must agree with.</summary>
    private async Task<ModelRow[]> ModelTableAsync(IPage page)
    {
        var response = await page.Context.APIRequest.GetAsync(Atlas.Url("models.json"));
        Assert.True(response.Ok, $"models.json: HTTP {response.Status}");
        return JsonSerializer.Deserialize<ModelRow[]>(await response.TextAsync())!;
    }

    /// <summary>The links listed under one heading of the Lineage section.</summary>
    private static ILocator LineageList(IPage page, string heading) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Lineage" }).Locator($"h3:text-is('{heading}') + ul").GetByRole(AriaRole.Link);

    private static async Task<string> Fact(ILocator infobox, string term) =>
        (await infobox.Locator($"dt:text-is('{term}') + dd").InnerTextAsync()).Trim();
}
