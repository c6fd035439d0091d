using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Atlas.Browser.Tests;

/// <summary>axe-core finds no WCAG 2.0/2.1 A or AA violation on any kind of page, in light and in dark.</summary>
public sealed class AccessibilityTests(AtlasFixture atlas) : BrowserTest(atlas)
{
    private static readonly AxeRunOptions Wcag2AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    // Light is checked on a laptop screen and dark on a phone screen: both colour schemes and both
    // layouts (where scroll regions and stacking differ) are covered without running axe four times.
    [BrowserTheory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public Task Light_page_on_a_laptop_has_no_WCAG_AA_violations(string kind) => AssertNoViolations(kind, ColorScheme.Light, 1280);

    [BrowserTheory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public Task Dark_page_on_a_phone_has_no_WCAG_AA_violations(string kind) => AssertNoViolations(kind, ColorScheme.Dark, 360);

    private async Task AssertNoViolations(string kind, ColorScheme scheme, int width)
    {
        var page = await OpenAsync(PageKinds.Paths[kind], new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new() { Width = width, Height = 800 } });
        var result = await page.RunAxe(Wcag2AA);

        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))));
        Assert.True(result.Violations.Length == 0, $"{kind} page in {scheme} mode at {width}px has {result.Violations.Length} axe violations:\n{report}");
    }
}
