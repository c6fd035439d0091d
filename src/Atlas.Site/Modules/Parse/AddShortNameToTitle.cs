using System.Text.RegularExpressions;
using Atlas.Engine.Documents;
using Atlas.Site.Documents;
using Atlas.Engine.Execution;
using Atlas.Engine.Pipelines;

namespace Atlas.Site.Modules.Parse;

/// <summary>
/// Pages under <paramref name="folder"/> (the concepts) are known by their short names: papers and
/// model pages say ITC, not "image-text contrastive loss". The title says both,
/// "Image-text contrastive loss (ITC)", wherever it is shown. The short name is the front
/// matter's <c>short_name</c> (read from <see cref="Keys.Params"/>), else the first alias written as an initialism (one word, two
/// capitals or more: ITC, PrefixLM, MoME). The page keeps answering [[wiki links]] to its plain title.
/// </summary>
[Stage(Stage.Parse)]
public sealed partial class AddShortNameToTitle(string folder) : PerDocumentModule
{
    protected override object? Fingerprint(Document document, IExecutionContext context) => document;

    protected override IEnumerable<Document> Execute(Document document, IExecutionContext context)
    {
        var title = document.Metadata.GetString(Keys.Title);
        var aliases = (document.Metadata.Get(Keys.Aliases) ?? []).OfType<string>().ToList();
        var shortName = (document.Metadata.Get(Keys.Params)?.GetValueOrDefault("short_name") as string)?.Trim() is { Length: > 0 } given ? given : aliases.FirstOrDefault(Initialism().IsMatch) ?? "";
        if (!document.Metadata.GetString(Keys.RelativePath).StartsWith(folder, StringComparison.Ordinal) || title.Length == 0 || shortName.Length == 0
            || Regex.IsMatch(title, $@"\b{Regex.Escape(shortName)}\b"))
        {
            yield return document;
            yield break;
        }
        yield return document
            .WithMetadata(Keys.Title, $"{title} ({shortName})")
            .WithMetadata(Keys.Aliases, aliases.Append(title).Select(a => (object?)a).ToList());
    }

    [GeneratedRegex(@"^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9-]+$")]
    private static partial Regex Initialism();
}
