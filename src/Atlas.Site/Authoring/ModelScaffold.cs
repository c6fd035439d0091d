using Atlas.Site.Documents;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Atlas.Site.Model;
using Atlas.Site.Templates;
using Atlas.Site.Yaml;

namespace Atlas.Site.Authoring;

/// <summary>What <c>atlas new</c> was asked to add: a model with its name, id, and what is known of the paper.</summary>
public sealed record NewModel(string Name, string Id, string? Arxiv, DateOnly Date, string? Family)
{
    /// <summary>The id was given with --id rather than made from the name: a clash asks for another --id.</summary>
    public bool IdGiven { get; init; }

    /// <summary>What is known of the paper (from arXiv, or --title); placeholders stand for the rest.</summary>
    public PaperFacts Paper { get; init; } = PaperFacts.Unknown;
}

/// <summary>The paper's facts <c>atlas new</c> can write for the contributor: its title, authors and arXiv primary category.</summary>
public sealed record PaperFacts(string? Title, IReadOnlyList<string> Authors, string? PrimaryClass)
{
    public static readonly PaperFacts Unknown = new(null, [], null);
}

/// <summary>
/// The text <c>atlas new</c> writes: the table row appended to models.yaml and the values the
/// archetype page is rendered with. What the contributor still has to fill in is marked
/// <see cref="Placeholder.Marker"/>, which the build reports as a warning until it is replaced.
/// </summary>
public static partial class ModelScaffold
{
    public const int MaxNameLength = 100;

    /// <summary>Why a name cannot be a model's name, or null when it can.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Trim().Length == 0) return "the name is empty";
        if (name.Any(char.IsControl)) return "the name contains a control character (a line break or tab?)";
        if (name.FirstOrDefault(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format) is var invisible and not '\0')
            return $"the name contains the invisible character U+{(int)invisible:X4} (it can reverse or hide text); type the name again";
        if (name.IndexOfAny(MarkupCharacters) is var markup and >= 0)
            return $"the name contains '{name[markup]}', which [[wiki links]], pages and atlas.bib cannot carry in a name";
        if (name.Trim().Length > MaxNameLength) return $"the name is longer than {MaxNameLength} characters";
        return null;
    }

    /// <summary>Characters of wiki-link syntax, HTML and BibTeX braces: a name holding one would break the next build.</summary>
    private static readonly char[] MarkupCharacters = ['[', ']', '|', '<', '>', '{', '}', '\\', '`'];

    /// <summary>
    /// The id a name gets: "BLIP-2" is blip-2, "Ünïcödé Módel" unicode-model (accents folded by
    /// Unicode decomposition). Empty when the name has no letter or digit to make one from.
    /// </summary>
    public static string IdFor(string name) => Slug.Of(AccentFolding.Fold(name.Trim()));

    /// <summary>The id of the one variant a new row starts with.</summary>
    public const string VariantId = "main";

    /// <summary>
    /// The row as YAML lines in the style of models.yaml, one per field of <see cref="RowFields"/>,
    /// every line ended by <paramref name="newline"/>. Vocabulary fields default to the first
    /// entry (the last category, "none of the four") and are marked to be checked.
    /// </summary>
    public static string Row(NewModel model, Vocabulary vocabulary, string newline) =>
        string.Concat(RowFields.All.SelectMany(field => Lines(field, model, vocabulary)).Select(line => line + newline));

    /// <summary>The family a new row gets when none is given: the first of families.yaml.</summary>
    public static string DefaultFamily(Vocabulary vocabulary) => vocabulary.Families.FirstOrDefault()?.Id ?? "null";

    private static IEnumerable<string> Lines(RowField field, NewModel model, Vocabulary vocabulary)
    {
        var todo = Placeholder.Marker;
        if (field.Kind == FieldKind.Id)
        {
            yield return $"- {field.Name}: {model.Id}";
            yield break;
        }
        if (field.Kind == FieldKind.Variants)
        {
            yield return $"  {field.Name}:";
            yield return $"    - {{id: {VariantId}, name: \"{todo} the variant's name as the paper's tables give it\", source: \"{todo} the table or section that reports it\", {string.Join(", ", RowFields.VariantFacts.Select(f => f.Name + ": null"))}}}";
            yield break;
        }
        var value = field.Name switch
        {
            "name" => Scalar(model.Name),
            "title" when model.Paper.Title is { } title => Scalar(title),
            "authors" when model.Paper.Authors.Count > 0 => $"[{string.Join(", ", model.Paper.Authors.Select(Scalar))}]",
            "primary_class" => model.Paper.PrimaryClass is { } primaryClass ? Scalar(primaryClass) : null,
            "arxiv" when model.Arxiv is null => null,
            "arxiv" => $"\"{model.Arxiv}\"",
            "family" when model.Family is null => $"{DefaultFamily(vocabulary)}  # {todo} {Vocabulary.Choices(vocabulary.Families)}",
            "family" => model.Family,
            "category" => $"{vocabulary.Categories.LastOrDefault()?.Id ?? "null"}  # {todo} ViLT taxonomy {Vocabulary.Choices(vocabulary.Categories)} (the page then says why)",
            "objectives" => $"[]  # {todo} from {string.Join(", ", vocabulary.Objectives.Select(o => o.Id))}",
            "headline" => VariantId,
            _ => field.Kind switch
            {
                FieldKind.Date => model.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                FieldKind.Text when field.Required => $"\"{todo} {char.ToLowerInvariant(field.Description[0])}{field.Description[1..].TrimEnd('.')}\"",
                FieldKind.Bool => "false",
                FieldKind.TextList or FieldKind.ModelIds or FieldKind.Frozen or FieldKind.Objectives or FieldKind.Results => "[]",
                _ => "null",
            },
        };
        if (value is not null) yield return $"  {field.Name}: {value}";
    }

    /// <summary>
    /// What to append to a models.yaml holding <paramref name="existing"/> so that the row
    /// starts on a line of its own after one blank line, in the file's own line endings.
    /// Only appending keeps every byte before it (comments, order, formatting) as it was.
    /// </summary>
    public static string Appendix(string existing, NewModel model, Vocabulary vocabulary)
    {
        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var separator = existing.Length == 0 ? ""
            : !existing.EndsWith('\n') ? newline + newline
            : existing.EndsWith(newline + newline, StringComparison.Ordinal) ? ""
            : newline;
        return separator + Row(model, vocabulary, newline);
    }

    /// <summary>The values the archetype (theme/archetypes/model.md, a Liquid template) is rendered with.</summary>
    public static Dictionary<string, object?> ArchetypeValues(NewModel model, Vocabulary vocabulary) => new(StringComparer.Ordinal)
    {
        ["id"] = model.Id,
        ["name"] = model.Name,
        ["arxiv"] = model.Arxiv,
        ["date"] = model.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["year"] = model.Date.Year,
        ["family"] = model.Family ?? DefaultFamily(vocabulary),
    };

    /// <summary>A YAML scalar for the value: plain when it reads back as the same text, else double-quoted.</summary>
    public static string Scalar(string value)
    {
        if (PlainSafe().IsMatch(value) && !new YamlScalar(value, false, default).IsNull) return value;
        var quoted = new StringBuilder("\"");
        foreach (var c in value) quoted.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 .+\-_/()]*(?<! )$")]
    private static partial Regex PlainSafe();
}
