namespace Atlas.Engine.Documents;

/// <summary>
/// One unit of content flowing through the modules. Immutable: a module that changes a
/// document returns a new one made with <c>with</c> or the helpers below.
/// </summary>
/// <param name="Source">Path of the file it came from, relative to the site root (forward slashes), or empty for generated documents.</param>
/// <param name="Destination">Path it is written to, relative to the output folder, or empty while unknown.</param>
public sealed record Document(string Source, string Destination, Metadata Metadata, string Content)
{
    public static Document Create(string source, string content, Metadata? metadata = null) =>
        new(source, "", metadata ?? Metadata.Empty, content);

    public static Document Generated(string destination, Metadata metadata, string content = "") =>
        new("", destination, metadata, content);

    public Document WithContent(string content) => this with { Content = content };

    public Document WithMetadata<T>(MetadataKey<T> key, T value) => this with { Metadata = Metadata.Set(key, value) };

    public Document WithMetadata(Metadata additions) => this with { Metadata = Metadata.Merge(additions) };

    public Document WithDestination(string destination) => this with { Destination = destination };

    /// <summary>The file name a diagnostic names: the source when there is one, else the destination.</summary>
    public string DisplayPath => Source.Length > 0 ? Source : Destination;
}
