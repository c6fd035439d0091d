using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Atlas.Browser.Tests;

/// <summary>The theme as a reader meets it: dark mode, narrow screens, print, and how much it weighs.</summary>
public sealed class ThemeTests(AtlasFixture atlas, ITestOutputHelper output) : BrowserTest(atlas)
{
    /// <summary>The theme's budget: stylesheets and scripts of one page, uncompressed.</summary>
    private const int StyleAndScriptBudget = 50_000;

    [BrowserFact]
    public async Task The_theme_toggle_steps_through_system_light_and_dark_and_the_choice_survives_a_reload()
    {
        var page = await OpenAsync("", new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var toggle = page.Locator(".theme-toggle");
        var systemDark = await BodyBackground(page);
        Assert.Equal("Theme: system", await toggle.InnerTextAsync());

        await toggle.ClickAsync();
        Assert.Equal("Theme: light", await toggle.InnerTextAsync());
        var light = await BodyBackground(page);
        Assert.True(Luminance(light) > Luminance(systemDark), $"light {light} is not lighter than the system's dark {systemDark}");
        await page.ReloadAsync();
        Assert.Equal("Theme: light", await toggle.InnerTextAsync());
        Assert.Equal(light, await BodyBackground(page));

        await toggle.ClickAsync();
        Assert.Equal("Theme: dark", await toggle.InnerTextAsync());
        await page.ReloadAsync();
        Assert.Equal("Theme: dark", await toggle.InnerTextAsync());
        Assert.Equal(systemDark, await BodyBackground(page));

        await toggle.ClickAsync();
        Assert.Equal("Theme: system", await toggle.InnerTextAsync());
        await page.ReloadAsync();
        Assert.Equal("Theme: system", await toggle.InnerTextAsync());
        Assert.Null(await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal(systemDark, await BodyBackground(page));
    }

    [BrowserFact]
    public async Task Without_JavaScript_the_page_follows_the_system_and_shows_no_toggle()
    {
        var light = await OpenAsync("", new BrowserNewContextOptions { ColorScheme = ColorScheme.Light, JavaScriptEnabled = false });
        var dark = await OpenAsync("", new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark, JavaScriptEnabled = false });

        Assert.True(Luminance(await BodyBackground(dark)) < Luminance(await BodyBackground(light)));
        Assert.False(await dark.Locator(".theme-toggle").IsVisibleAsync());
    }

    /// <summary>The best value of a column stands out from the page in both themes, and its text stays readable.</summary>
    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_best_value_highlight_is_legible_and_stands_out(ColorScheme scheme)
    {
        var page = await OpenAsync("compare/", new BrowserNewContextOptions { ColorScheme = scheme });
        var colours = await page.EvaluateAsync<string[]>("""
            (() => { const b = getComputedStyle(document.querySelector('.best')); return [b.color, b.backgroundColor, getComputedStyle(document.body).backgroundColor, b.boxShadow]; })()
            """);

        Assert.True(Contrast(colours[0], colours[1]) >= 4.5, $"best text {colours[0]} on {colours[1]}: contrast {Contrast(colours[0], colours[1]):F2}");
        var edge = colours[3][..(colours[3].IndexOf(')') + 1)];
        Assert.True(Contrast(edge, colours[2]) >= 3, $"best edge {edge} on the page {colours[2]}: contrast {Contrast(edge, colours[2]):F2}");
    }

    /// <summary>
    /// No page scrolls sideways on a phone (360px) or a laptop (1280px); wide tables and figures
    /// scroll inside their own containers. With ATLAS_SCREENSHOTS=folder set, each page is also
    /// saved there as a full-page PNG to look at.
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(PageKinds.AtPhoneAndLaptopWidths), MemberType = typeof(PageKinds))]
    public async Task Page_fits_the_screen_without_scrolling_sideways(string kind, int width)
    {
        var page = await OpenAsync(PageKinds.Paths[kind], new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 800 } });
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var overflowing = await page.EvaluateAsync<string[]>(WiderThanViewport);
        if (Environment.GetEnvironmentVariable("ATLAS_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{kind.Replace(' ', '-')}-{width}.png"), FullPage = true });

        Assert.True(scrollWidth <= width, $"{kind} page is {scrollWidth}px wide at {width}px; too wide: {string.Join(", ", overflowing)}");
    }

    [BrowserTheory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_loads_under_50KB_of_CSS_and_JS(string kind)
    {
        var page = await OpenAsync(PageKinds.Paths[kind]);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var files = await page.EvaluateAsync<StyleOrScript[]>(StylesAndScriptsLoaded);
        var inline = await page.EvaluateAsync<int>(
            "[...document.querySelectorAll('style, script:not([src])')].reduce((n, e) => n + new TextEncoder().encode(e.textContent).length, 0)");

        var total = files.Sum(f => f.Bytes) + inline;
        output.WriteLine($"{kind}: {total} bytes of CSS + JS ({string.Join(", ", files.Select(f => $"{new Uri(f.Url).AbsolutePath} {f.Bytes}"))}, inline {inline})");
        Assert.NotEmpty(files);
        Assert.True(total < StyleAndScriptBudget, $"{kind} page loads {total} bytes of CSS + JS, over the {StyleAndScriptBudget} byte budget");
    }

    [BrowserFact]
    public async Task Printed_page_keeps_the_content_and_drops_the_controls()
    {
        var page = await OpenAsync(PageKinds.Paths["model"], new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".copy-button").IsVisibleAsync());
        Assert.True(await page.Locator(".infobox").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).IsVisibleAsync());
        Assert.Equal("rgb(255, 255, 255)", await BodyBackground(page));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.body).color"));
    }

    private static Task<string> BodyBackground(IPage page) => page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

    private static double Luminance(string rgb)
    {
        var parts = Channels(rgb);
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2];
    }

    private static double[] Channels(string rgb) =>
        rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3).Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>WCAG 2 contrast ratio of two CSS rgb() colours.</summary>
    private static double Contrast(string a, string b)
    {
        static double Relative(string rgb)
        {
            var c = Channels(rgb).Select(v => v / 255 <= 0.03928 ? v / 255 / 12.92 : Math.Pow((v / 255 + 0.055) / 1.055, 2.4)).ToArray();
            return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        }
        var (x, y) = (Relative(a), Relative(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private sealed class StyleOrScript
    {
        public string Url { get; set; } = "";
        public int Bytes { get; set; }
    }

    /// <summary>Every stylesheet and script file the page fetched, with its uncompressed size.</summary>
    private const string StylesAndScriptsLoaded = """
        () => performance.getEntriesByType('resource')
          .filter(r => /\.(css|js)(\?|$)/.test(new URL(r.name).pathname))
          .map(r => ({ Url: r.name, Bytes: r.decodedBodySize }))
        """;

    /// <summary>The elements that stick out of the viewport, outside deliberate scroll containers (or escaping them, when absolutely positioned): what to fix when the page scrolls sideways.</summary>
    private const string WiderThanViewport = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .filter(e => !e.parentElement.closest('.table-scroll, pre, .figure-scroll') || ['absolute', 'fixed'].includes(getComputedStyle(e).position))
          .slice(0, 8)
          .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
        """;
}
