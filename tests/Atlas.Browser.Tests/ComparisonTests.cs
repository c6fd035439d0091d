using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>The comparison page as a reader uses it: sort, filter, pick models, share a side-by-side view.</summary>
public sealed class ComparisonTests(AtlasFixture atlas) : BrowserTest(atlas)
{
    [BrowserFact]
    public async Task Sorting_by_a_result_column_puts_the_best_score_first_and_blank_cells_last()
    {
        var page = await OpenAsync("compare/");
        var sort = Comparison(page).GetByRole(AriaRole.Columnheader, new() { Name = "VQAv2 test-dev fine-tuned" }).GetByRole(AriaRole.Button);

        await sort.ClickAsync();
        var descending = Scores(await Column(page, "VQAv2 test-dev fine-tuned"));
        await sort.ClickAsync();
        var ascending = Scores(await Column(page, "VQAv2 test-dev fine-tuned"));

        Assert.True(descending.Count(s => s is not null) >= 10, "too few VQAv2 scores to judge the order");
        Assert.Equal(descending.OfType<double>().OrderDescending(), descending.TakeWhile(s => s is not null).OfType<double>());
        Assert.All(descending.SkipWhile(s => s is not null), s => Assert.Null(s));
        Assert.Equal(ascending.OfType<double>().Order(), ascending.TakeWhile(s => s is not null).OfType<double>());
        Assert.Equal("ascending", await Comparison(page).GetByRole(AriaRole.Columnheader, new() { Name = "VQAv2 test-dev fine-tuned" }).GetAttributeAsync("aria-sort"));
    }

    [BrowserFact]
    public async Task Sorting_by_model_name_orders_the_rows_alphabetically()
    {
        var page = await OpenAsync("compare/");
        await Comparison(page).GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Model\\b") }).GetByRole(AriaRole.Button).ClickAsync();

        var names = (await Column(page, "Model")).Select(r => r.Model).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal(Atlas.ModelCount, names.Count);
    }

    [BrowserFact]
    public async Task Filtering_by_family_shows_only_that_family_and_says_how_many()
    {
        var page = await OpenAsync("compare/");
        await page.GetByLabel("Family", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Dual encoder" });

        var rows = await Column(page, "Family");
        Assert.Contains(rows, r => r.Model == "CLIP");
        Assert.DoesNotContain(rows, r => r.Model == "ALBEF");
        Assert.All(rows, r => Assert.Equal("Dual encoder", r.Value));
        Assert.Contains($"{rows.Count} of {Atlas.ModelCount}", await page.GetByRole(AriaRole.Status).First.InnerTextAsync());
    }

    [BrowserFact]
    public async Task Filtering_by_objective_and_year_keeps_only_matching_models()
    {
        var page = await OpenAsync("compare/");
        await page.GetByLabel("Objective", new() { Exact = true }).SelectOptionAsync("ITC");
        await page.GetByLabel("From year", new() { Exact = true }).SelectOptionAsync("2022");

        var dates = await Column(page, "Date");
        var objectives = await Column(page, "Objectives");
        Assert.NotEmpty(dates);
        Assert.All(dates, r => Assert.True(string.CompareOrdinal(r.Value, "2022") >= 0, $"{r.Model} ({r.Value}) is older than 2022"));
        Assert.All(objectives, r => Assert.Contains("ITC", r.Value.Split(", ")));
        Assert.Contains(objectives, r => r.Model == "BLIP");
        Assert.DoesNotContain(objectives, r => r.Model == "ALBEF");
    }

    [BrowserFact]
    public async Task Side_by_side_view_opens_from_its_URL()
    {
        var page = await OpenAsync("compare/?models=clip,albef");

        var view = page.GetByRole(AriaRole.Region, new() { Name = "Side by side: CLIP, ALBEF" });
        Assert.True(await view.IsVisibleAsync(), "the side-by-side view of CLIP and ALBEF is not shown");
        Assert.Equal(["CLIP", "ALBEF"], (await view.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).Select(t => t.Trim()).Where(t => t.Length > 0));
        var family = view.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex(@"^Family\b") }) });
        Assert.Equal(["Dual encoder", "Fusion encoder"], (await family.GetByRole(AriaRole.Cell).AllInnerTextsAsync()).Select(t => t.Trim()));
    }

    [BrowserFact]
    public async Task Ticking_two_models_leads_to_a_shareable_side_by_side_URL()
    {
        var page = await OpenAsync("compare/");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select CLIP", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select ALBEF", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare selected" }).ClickAsync();

        await ArriveAtAsync(page, "compare/?models=clip,albef");
        Assert.True(await page.GetByRole(AriaRole.Region, new() { Name = "Side by side: CLIP, ALBEF" }).IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Without_JavaScript_the_whole_table_is_there()
    {
        var page = await OpenAsync("compare/", new BrowserNewContextOptions { JavaScriptEnabled = false });

        Assert.Equal(Atlas.ModelCount, (await Column(page, "Model")).Count);
        Assert.False(await page.GetByLabel("Family", new() { Exact = true }).IsVisibleAsync(), "filters that cannot work without JavaScript are shown");
    }

    [BrowserTheory]
    [InlineData("compare/", "Results", "VQAv2 test-dev fine-tuned", "Family")]
    [InlineData("compare/results/", "All results", "COCO 5K i→t R@1 zero-shot", "Pre-training data")]
    [InlineData("compare/architecture/", "Architecture", "Family", "VQAv2 test-dev fine-tuned")]
    [InlineData("compare/data/", "Data and compute", "Pre-training data", "Family")]
    public async Task Each_view_has_its_own_URL_and_shows_its_columns_without_JavaScript(string path, string view, string shown, string hidden)
    {
        var page = await OpenAsync(path, new BrowserNewContextOptions { JavaScriptEnabled = false });

        Assert.Equal("page", await page.GetByRole(AriaRole.Navigation, new() { Name = "Comparison views" }).GetByRole(AriaRole.Link, new() { Name = view, Exact = true }).GetAttributeAsync("aria-current"));
        Assert.True(await Header(page, shown).IsVisibleAsync(), $"{shown} is not shown in the {view} view");
        Assert.False(await Header(page, hidden).IsVisibleAsync(), $"{hidden} is shown in the {view} view");
        Assert.Equal(Atlas.ModelCount, (await Column(page, "Model")).Count);
    }

    [BrowserFact]
    public async Task The_results_view_fits_1280_px_and_keeps_its_header_in_view()
    {
        var page = await OpenAsync("compare/", new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        var region = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex(@"^All \d+ models") });

        var widths = await region.EvaluateAsync<int[]>("r => [r.scrollWidth, r.clientWidth, document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the table is {widths[0]} px wide in a {widths[1]} px box");
        Assert.True(widths[2] <= widths[3], $"the page is {widths[2]} px wide in a {widths[3]} px window");

        await region.EvaluateAsync("r => { r.scrollIntoView(); r.scrollTop = 1000; }");
        var header = await Header(page, "VQAv2 test-dev fine-tuned").BoundingBoxAsync();
        var box = await region.BoundingBoxAsync();
        Assert.True(await region.EvaluateAsync<int>("r => r.scrollTop") > 0, "the table did not scroll");
        Assert.InRange(header!.Y, box!.Y - 1, box.Y + 1);
    }

    [BrowserFact]
    public async Task The_best_value_of_a_column_is_marked()
    {
        var page = await OpenAsync("compare/");

        var cells = await Column(page, "VQAv2 test-dev fine-tuned");
        var best = Scores(cells).Max();
        var marked = Assert.Single(cells, c => c.Value.Contains("(best)"));
        Assert.Equal(best, Scores([marked]).Single());
    }

    [BrowserFact]
    public async Task On_a_phone_each_model_is_a_compact_card_with_a_glyph_labelled_values_and_sources_under_the_scores()
    {
        var page = await OpenAsync("compare/", new BrowserNewContextOptions { ViewportSize = new() { Width = 375, Height = 800 } });
        var card = page.Locator("#model-albef");

        var box = await card.BoundingBoxAsync();
        // A card is compact: its name, then its values two to a line (ALBEF has all eight default columns).
        Assert.True(box!.Width <= 375 && box.Height <= 400, $"ALBEF's card is {box.Width} x {box.Height} px");
        Assert.True(await page.Locator("#model-clip th svg.vilt-glyph").IsVisibleAsync(), "CLIP's card has no ViLT category glyph");
        var cell = card.Locator("td.num:not(:empty)").First;
        var label = await cell.EvaluateAsync<string>("c => getComputedStyle(c, '::before').content");
        Assert.Contains("VQAv2 test-dev", label);
        // The source is under the score, in the card, not in a column or a list a screen away.
        var source = cell.Locator(".src");
        Assert.True(await source.IsVisibleAsync(), "the score's source is not shown in the card");
        Assert.Equal(await cell.Locator(".fn").GetAttributeAsync("title"), await source.InnerTextAsync());
        var edges = await cell.EvaluateAsync<double[]>("""
            c => {
              const range = document.createRange();
              range.selectNodeContents([...c.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
              return [range.getBoundingClientRect().bottom, c.querySelector('.src').getBoundingClientRect().top];
            }
            """);
        Assert.True(edges[1] >= edges[0] - 1, $"the source (top {edges[1]}) is not under the score (bottom {edges[0]})");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }

    [BrowserFact]
    public async Task On_a_wide_screen_each_row_has_its_category_glyph_and_sources_stay_footnotes()
    {
        var page = await OpenAsync("compare/", new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        var row = page.Locator("#model-clip");

        Assert.True(await row.Locator("th svg.vilt-glyph").IsVisibleAsync(), "CLIP's row has no ViLT category glyph");
        Assert.StartsWith("ViLT category ", await row.Locator("th .glyph").GetAttributeAsync("title"));
        var cell = row.Locator("td.g-top:not(:empty)").First;
        Assert.False(await cell.Locator(".src").IsVisibleAsync(), "a source is written out in the wide table");
        Assert.True(await cell.Locator(".fn").IsVisibleAsync(), "a score has no footnote mark");
    }

    [BrowserFact]
    public async Task Side_by_side_marks_the_best_of_the_chosen_models_and_where_they_differ()
    {
        var page = await OpenAsync("compare/?models=albef,blip");
        var view = page.GetByRole(AriaRole.Region, new() { Name = "Side by side: ALBEF, BLIP" });

        var vqa = view.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex("^VQAv2 test-dev fine-tuned") }) });
        Assert.Equal(["75.84", "78.25"], (await vqa.GetByRole(AriaRole.Cell).AllInnerTextsAsync()).Select(t => t[..5]));
        Assert.Contains("(best of these)", await vqa.GetByRole(AriaRole.Cell).Nth(1).TextContentAsync());
        Assert.DoesNotContain("best", await vqa.GetByRole(AriaRole.Cell).Nth(0).TextContentAsync());
        Assert.Contains("differs", await vqa.GetAttributeAsync("class"));
        var detector = view.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex(@"^Detector\b") }) });
        Assert.Equal(["no", "no"], (await detector.GetByRole(AriaRole.Cell).AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.DoesNotContain("differs", await detector.GetAttributeAsync("class") ?? "");
    }

    private ILocator Header(IPage page, string label) =>
        Comparison(page).GetByRole(AriaRole.Columnheader).Filter(new() { HasTextRegex = new Regex("^\\s*" + Regex.Escape(label) + "\\b") });

    private static ILocator Comparison(IPage page) => page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex(@"^All \d+ models") });

    private sealed class ColumnCell
    {
        public string Model { get; set; } = "";
        public string Value { get; set; } = "";
    }

    /// <summary>Model name and the text of one column, for the rows a reader sees, top to bottom.</summary>
    private static async Task<IReadOnlyList<ColumnCell>> Column(IPage page, string header) =>
        await Comparison(page).EvaluateAsync<ColumnCell[]>("""
            (table, header) => {
              const text = e => e.textContent.replace(/\s+/g, ' ').trim();
              const headers = [...table.tHead.rows[table.tHead.rows.length - 1].cells];
              const index = headers.findIndex(h => text(h) === header || text(h).startsWith(header + ' '));
              if (index < 0) throw new Error('no column ' + header);
              return [...table.tBodies[0].rows]
                .filter(r => r.getClientRects().length > 0)
                .map(r => ({ Model: text(r.cells[0]), Value: text(r.cells[index]) }));
            }
            """, header);

    /// <summary>The score a reader sees in each cell (footnote marks and the "best" note left out), or null for a blank cell.</summary>
    private static List<double?> Scores(IEnumerable<ColumnCell> cells) =>
        cells.Select(c => Regex.Match(c.Value, @"^\d+(\.\d+)?") is { Success: true } m ? double.Parse(m.Value, CultureInfo.InvariantCulture) : (double?)null).ToList();
}
