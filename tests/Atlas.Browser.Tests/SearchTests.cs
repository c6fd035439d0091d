using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>Search from the header box: built-time index, no server, under the /atlas/ base path.</summary>
public sealed class SearchTests(AtlasFixture atlas) : BrowserTest(atlas)
{
    [BrowserFact]
    public async Task Header_search_finds_a_model_by_its_alias_and_the_result_opens_it()
    {
        var page = await OpenAsync("timeline/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the atlas" }).FillAsync("Align before Fuse");
        await page.Keyboard.PressAsync("Enter");

        await ArriveAtAsync(page, "search/?q=Align+before+Fuse");
        var first = Results(page).First;
        Assert.Equal("ALBEF", await first.InnerTextAsync());
        await first.ClickAsync();
        await ArriveAtAsync(page, "models/albef/");
    }

    [BrowserFact]
    public async Task Search_finds_concepts_and_tasks_by_name_and_text()
    {
        var page = await OpenAsync("search/?q=contrastive");

        var found = await Results(page).AllInnerTextsAsync();
        Assert.Contains("Image-text contrastive loss (ITC)", found);
        Assert.Contains("CLIP", found);
        Assert.Contains("match", await page.GetByRole(AriaRole.Status).InnerTextAsync());
    }

    [BrowserFact]
    public async Task Without_JavaScript_the_search_page_lists_every_model()
    {
        var page = await OpenAsync("search/?q=clip", new BrowserNewContextOptions { JavaScriptEnabled = false });

        var links = await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Contains("CLIP", links);
        Assert.Contains("InstructBLIP", links);
    }

    /// <summary>The result links, best first.</summary>
    private static ILocator Results(IPage page) => page.Locator("#search-results").GetByRole(AriaRole.Link);
}
