namespace Atlas.Site.Documents;

/// <summary>
/// How text still to be written is marked in what <c>atlas new</c> creates; the build warns at
/// each one left, so the marker is shared by the scaffold and the build, below both.
/// </summary>
public static class Placeholder
{
    public const string Marker = "TODO:";
}
