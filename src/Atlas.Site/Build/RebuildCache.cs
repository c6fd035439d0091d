using System.Text.Json;
using Atlas.Engine.Execution;

namespace Atlas.Site.Build;

/// <summary>
/// What a process that builds the same site again and again (preview) keeps between builds: the
/// engine's results, the files the last successful build wrote, and the settings both were made
/// with. With it a build computes again only what a change affects and writes only the files
/// whose bytes changed.
/// </summary>
public sealed class RebuildCache
{
    private string _settings = "";

    public BuildCache Results { get; } = new();

    /// <summary>The output files (relative paths) of the last successful build.</summary>
    public IReadOnlySet<string> Written { get; private set; } = new HashSet<string>();

    /// <summary>
    /// Whether a build with <paramref name="settings"/> can start from the last one: the same
    /// settings, and that build's output still in place. Forgets everything when it cannot.
    /// </summary>
    internal bool CanReuse(BuildSettings settings)
    {
        var key = JsonSerializer.Serialize(settings);
        if (key == _settings && Results.IsWarm && Directory.Exists(settings.OutputDirectory)) return true;
        Results.Clear();
        Written = new HashSet<string>();
        _settings = key;
        return false;
    }

    /// <summary>The build succeeded and its files are in place.</summary>
    internal void Succeeded(IReadOnlySet<string> written)
    {
        Results.Commit();
        Written = written;
    }
}
