using System.Globalization;
using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>The model tables of the models, family, organisation and tag pages: sorted newest first, sortable by any column, readable on a phone.</summary>
public sealed class ModelTableTests(AtlasFixture atlas) : BrowserTest(atlas)
{
    private static ILocator Table(IPage page) => page.Locator("main table.model-table");

    private static ILocator Header(IPage page, string name) =>
        Table(page).GetByRole(AriaRole.Columnheader, new() { Name = name, Exact = true });

    private static Task<string[]> Column(IPage page, int index) =>
        Table(page).Locator("tbody tr").EvaluateAllAsync<string[]>($"rows => rows.map(r => r.cells[{index}].getAttribute('data-sort') ?? r.cells[{index}].textContent.trim())");

    [BrowserFact]
    public async Task The_table_opens_newest_first_and_a_header_button_sorts_by_its_column_either_way()
    {
        var page = await OpenAsync("models/");

        Assert.Equal("descending", await Header(page, "Date").GetAttributeAsync("aria-sort"));
        var dates = await Column(page, 1);
        Assert.Equal(Atlas.ModelCount, dates.Length);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        await Header(page, "Model").GetByRole(AriaRole.Button).ClickAsync();
        Assert.Equal("ascending", await Header(page, "Model").GetAttributeAsync("aria-sort"));
        Assert.Null(await Header(page, "Date").GetAttributeAsync("aria-sort"));
        var names = await Column(page, 0);
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);

        await Header(page, "Model").GetByRole(AriaRole.Button).ClickAsync();
        Assert.Equal("descending", await Header(page, "Model").GetAttributeAsync("aria-sort"));
        Assert.Equal(names.Reverse(), await Column(page, 0));
    }

    [BrowserFact]
    public async Task Parameters_sort_from_the_keyboard_largest_first_with_unknown_counts_last()
    {
        var page = await OpenAsync("models/");

        await Header(page, "Parameters").GetByRole(AriaRole.Button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("descending", await Header(page, "Parameters").GetAttributeAsync("aria-sort"));
        var counts = (await Column(page, 4)).Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null).ToList();
        Assert.True(counts.Count(c => c is not null) >= 10, "too few parameter counts to judge the order");
        Assert.Equal(counts.OfType<double>().OrderDescending(), counts.TakeWhile(c => c is not null).OfType<double>());
        Assert.All(counts.SkipWhile(c => c is not null), c => Assert.Null(c));
    }

    [BrowserTheory]
    [InlineData("models/")]
    [InlineData("families/multimodal-llm/")]
    [InlineData("organisations/salesforce-research/")]
    [InlineData("tags/contrastive/")]
    public async Task On_a_375px_screen_the_page_does_not_scroll_sideways_and_each_name_stays_in_view(string path)
    {
        var page = await OpenAsync(path, new BrowserNewContextOptions { ViewportSize = new() { Width = 375, Height = 800 } });

        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the page scrolls sideways");
        var first = Table(page).Locator("tbody th").First;
        var box = await first.BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 375, "the first model's name is off screen");
        await Table(page).Locator("xpath=..").EvaluateAsync("s => s.scrollLeft = s.scrollWidth");
        box = await first.BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 375, "the model's name leaves the screen when the table is scrolled");
    }
}
