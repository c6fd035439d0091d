namespace Atlas.Browser.Tests;

/// <summary>Needs no browser: every browser test can be skipped where Chromium is missing, so `dotnet test` passes on a machine with only the .NET SDK.</summary>
public sealed class BrowserAttributesTests
{
    [Fact]
    public void Every_browser_test_is_a_BrowserFact_or_a_BrowserTheory()
    {
        var plain = typeof(BrowserTest).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(BrowserTest)))
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributes(typeof(FactAttribute), inherit: true).Any(a => a is not (BrowserFactAttribute or BrowserTheoryAttribute)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.True(plain.Count == 0, "a plain [Fact] or [Theory] fails instead of skipping without Chromium; use [BrowserFact] or [BrowserTheory]: " + string.Join(", ", plain));
    }
}
