using System.Text.RegularExpressions;
using Atlas.Engine.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Parse;

/// <summary>
/// Pages under <paramref name="folder"/> (the concepts) are known by their short names: papers and
/// model pages say ITC, not "image-text contrastive loss". The title says both,
/// "Image-text contrastive loss (ITC)", wherever it is shown. The short name is the front
/// matter's <c>short_name</c>, else the first alias written as an initialism (one word, two
/// capitals or more: ITC, PrefixLM, MoME). The page keeps answering [[wiki links]] to its plain title.
/// </summary>
public sealed partial class AddShortNameToTitle(string folder) : PerDocumentModule
{
    public const string ShortNameKey = "short_name";

    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var title = document.Metadata.GetString("title");
        var aliases = (document.Metadata["aliases"] as IEnumerable<object?> ?? []).OfType<string>().ToList();
        var shortName = document.Metadata.GetString(ShortNameKey).Trim() is { Length: > 0 } given ? given : aliases.FirstOrDefault(Initialism().IsMatch) ?? "";
        if (!document.Metadata.GetString("relative_path").StartsWith(folder, StringComparison.Ordinal) || title.Length == 0 || shortName.Length == 0
            || Regex.IsMatch(title, $@"\b{Regex.Escape(shortName)}\b"))
        {
            yield return document;
            yield break;
        }
        yield return document
            .WithMetadata("title", $"{title} ({shortName})")
            .WithMetadata(ShortNameKey, shortName)
            .WithMetadata("aliases", aliases.Append(title).Select(a => (object?)a).ToList());
    }

    [GeneratedRegex(@"^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9-]+$")]
    private static partial Regex Initialism();
}
