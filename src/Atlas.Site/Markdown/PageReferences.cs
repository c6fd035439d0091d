namespace Atlas.Site.Markdown;

/// <summary>A <c>[[target]]</c> written in a page, with where it was written.</summary>
public sealed record WikiLinkReference(string Target, string Label, int Line, int Column);

/// <summary>A heading of a page: its anchor, level (1-6) and words, and where it was written.</summary>
public sealed record HeadingAnchor(string Id, int Level, string Text, int Line, int Column);
