using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>A model page (ALBEF): its infobox, its variants and results, its lineage and its citation.</summary>
public sealed class ModelPageTests(AtlasFixture atlas) : BrowserTest(atlas)
{
    [Fact]
    public async Task Infobox_shows_the_facts_of_the_models_table_row_and_the_results_every_variant()
    {
        var page = await OpenAsync("models/albef/");

        var infobox = page.GetByRole(AriaRole.Complementary, new() { Name = "ALBEF at a glance" });
        Assert.True(await infobox.IsVisibleAsync());
        Assert.Equal("16 July 2021 · NeurIPS 2021", await Fact(infobox, "Published"));
        Assert.Equal("Fusion encoder", await Fact(infobox, "Family"));
        Assert.Equal("ITC, ITM, MLM", await Fact(infobox, "Objectives"));
        Assert.Equal("ALBEF (14M images)", await Fact(infobox, "Headline variant"));
        var results = page.GetByRole(AriaRole.Region, new() { Name = "All results" });
        Assert.Contains("75.84", await results.Locator("#model-results-vqav2-test-dev-fine-tuned + div").GetByRole(AriaRole.Row).Filter(new() { HasText = "ALBEF (14M images)" }).InnerTextAsync());
        Assert.Contains("74.54", await results.Locator("#model-results-vqav2-test-dev-fine-tuned + div").GetByRole(AriaRole.Row).Filter(new() { HasText = "ALBEF (4M images)" }).InnerTextAsync());

        await infobox.GetByRole(AriaRole.Link, new() { Name = "ITC" }).ClickAsync();
        await ArriveAtAsync(page, "concepts/itc/");
    }

    [Fact]
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

    [Fact]
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
