using Atlas.Site.Config;
using System.Text.Json;
using Atlas.Engine.Execution;

namespace Atlas.Site.Build;

/// <summary>
/// What a process that builds the same site again and again (preview) keeps between builds: the
/// engine's results and the settings they were made with. With it a build computes again only
/// what a change affects.
/// </summary>
public sealed class RebuildCache
{
    private string _settings = "";

    public BuildCache Results { get; } = new();

    /// <summary>
    /// Readies the cache for a build with <paramref name="settings"/>: the last build's results
    /// stay while the settings are the same and its output is still in place, else all are forgotten.
    /// </summary>
    internal void Prepare(BuildSettings settings)
    {
        var key = JsonSerializer.Serialize(settings);
        if (key == _settings && Directory.Exists(settings.OutputDirectory)) return;
        Results.Clear();
        _settings = key;
    }
}
