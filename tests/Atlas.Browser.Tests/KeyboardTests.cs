using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>Everything works from the keyboard, and the reader always sees where the focus is.</summary>
public sealed class KeyboardTests(AtlasFixture atlas) : BrowserTest(atlas)
{
    [BrowserFact]
    public async Task First_Tab_reaches_the_skip_link_and_it_moves_focus_to_the_main_content()
    {
        var page = await OpenAsync(PageKinds.Paths["model"]);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "the first Tab does not reach the skip link");
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0, Width: > 0 }, "the focused skip link is not on screen");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"),
            "Tab after the skip link leaves the main content");
    }

    [BrowserFact]
    public async Task Tab_walks_through_the_header_in_reading_order()
    {
        var page = await OpenAsync("");
        var expected = new[] { "Skip to content", "Model Atlas", "Models", "Compare", "Timeline", "Charts", "Concepts", "Tasks", "Taxonomy", "Search the atlas", "Theme: system" };

        var reached = new List<string>();
        foreach (var _ in expected)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>(
                "(e => e.labels?.[0]?.textContent ?? e.textContent)(document.activeElement).trim()"));
        }

        Assert.Equal(expected, reached);
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Focused_links_and_buttons_show_a_visible_outline(ColorScheme scheme)
    {
        var page = await OpenAsync(PageKinds.Paths["model"], new BrowserNewContextOptions { ColorScheme = scheme });

        foreach (var step in Enumerable.Range(1, 12))
        {
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string[]>(
                "(s => [document.activeElement.tagName, s.outlineStyle, s.outlineWidth])(getComputedStyle(document.activeElement))");
            Assert.True(outline[1] != "none" && double.Parse(outline[2].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 2,
                $"focus step {step} on a {outline[0]} has outline {outline[1]} {outline[2]}");
        }
    }

    [BrowserFact]
    public async Task Comparison_table_sorts_from_the_keyboard()
    {
        var page = await OpenAsync("compare/architecture/");
        var header = page.GetByRole(AriaRole.Columnheader, new() { Name = "Date", Exact = true });

        await header.GetByRole(AriaRole.Button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
    }

    [BrowserFact]
    public async Task Timeline_nodes_are_reached_with_Tab_traced_with_Enter_and_opened_with_a_second_Enter()
    {
        var page = await OpenAsync("timeline/");

        string? focused = null;
        foreach (var _ in Enumerable.Range(0, 30))
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("document.activeElement.closest('figure svg') ? document.activeElement.getAttribute('href') : null");
            if (focused is not null) break;
        }
        Assert.NotNull(focused);

        await page.Keyboard.PressAsync("Enter");
        Assert.Matches("builds on", await page.Locator(".timeline-status").InnerTextAsync());
        await page.Keyboard.PressAsync("Enter");
        await ArriveAtAsync(page, focused);
        await page.Locator("article.model h1").WaitForAsync();
    }
}
