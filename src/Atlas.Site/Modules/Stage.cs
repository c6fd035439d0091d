namespace Atlas.Site.Modules;

/// <summary>
/// The step of the build a module does its work in. <c>--verbose</c> prints each module's time
/// under its stage and the benchmark sums its phases from them, so a module says its stage
/// itself (<see cref="StageAttribute"/>) rather than leave it to the folder it happens to be in.
/// </summary>
public enum Stage
{
    Read,
    Parse,
    Models,
    Markdown,
    Templates,
    Listings,
    Search,
    Feeds,
    Exports,
    Check,
    Write,
}

/// <summary>Declares the <see cref="Modules.Stage"/> of a module; every module of the site's pipelines has one.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StageAttribute(Stage stage) : Attribute
{
    public Stage Stage { get; } = stage;
}
