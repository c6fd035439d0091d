namespace Atlas.Browser.Tests;

/// <summary>
/// Where the browser tests find Chromium, and whether they may run without it. On a machine with
/// only the .NET SDK they are skipped, each with the reason; under CI (the <c>CI</c> environment
/// variable set, as .ci/run and GitHub Actions set it) they are required: never skipped, so a
/// missing browser fails them.
/// </summary>
public static class Chromium
{
    /// <summary>
    /// Debian's chromium (Playwright's own browser download cannot reach its host here); ATLAS_CHROMIUM
    /// names another Chromium-based browser, e.g. on a machine without Debian's package.
    /// </summary>
    public static string Path { get; } = Environment.GetEnvironmentVariable("ATLAS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool Required { get; } = Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

    public static string Missing => $"no Chromium at {Path}: install it with `apt-get install -y chromium` (.ci/run does), or set ATLAS_CHROMIUM to a Chromium-based browser. The browser tests never download one.";

    /// <summary>Why the browser tests are skipped, or null when they run (Chromium is there, or CI requires them).</summary>
    public static string? SkipReason { get; } = File.Exists(Path) || Required ? null : Missing + " Skipped: they are required only when CI is set.";
}

/// <summary>A browser test: skipped with <see cref="Chromium.SkipReason"/> where no Chromium is found, outside CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A browser theory: skipped with <see cref="Chromium.SkipReason"/> where no Chromium is found, outside CI.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
