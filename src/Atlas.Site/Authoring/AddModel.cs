using Atlas.Site.Links;
using Atlas.Site.Diagnostics;
using System.Text;
using Atlas.Engine.Diagnostics;
using Atlas.Site.Model;
using Atlas.Site.Templates;
using Atlas.Site.Yaml;
using Fluid;

namespace Atlas.Site.Authoring;

/// <summary>What <c>atlas new</c> wrote, or the diagnostics that say why it wrote nothing.</summary>
public sealed record AddModelResult(IReadOnlyList<Diagnostic> Errors, string PagePath, string TablePath, int RowLine)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Adds a model to a site: input/models/&lt;id&gt;.md rendered from theme/archetypes/model.md,
/// and a row appended to input/data/models.yaml. Everything is checked before anything is
/// written: a taken id or name, an existing page, a table that does not parse, an archetype
/// that does not render, a row that would not read back. Either both files change or neither.
/// </summary>
public static class AddModel
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static AddModelResult Run(NewModel model, string inputDirectory, string themeDirectory, Func<string, string> displayPathOf)
    {
        var pagePath = Path.Combine(inputDirectory, "models", model.Id + ".md");
        var tablePath = TablePathIn(inputDirectory);
        var tableDisplay = displayPathOf(tablePath);
        var diagnostics = new DiagnosticBag();
        var vocabulary = VocabularyReader.ReadFolder(Path.Combine(inputDirectory, "data"), displayPathOf, diagnostics);
        var existing = File.Exists(tablePath) ? File.ReadAllText(tablePath) : "";

        var root = YamlReader.Read(existing, tableDisplay, diagnostics);
        if (diagnostics.HasErrors) return Failed(diagnostics, pagePath, tablePath);
        CheckNotTaken(model, root, tableDisplay, diagnostics);
        if (File.Exists(pagePath))
            diagnostics.Error(Codes.NewPageExists, displayPathOf(pagePath), 1, 1, $"a page for '{model.Id}' already exists; {(model.IdGiven ? "choose another --id" : "choose another name or pass --id")}");
        var page = RenderArchetype(model, vocabulary, Path.Combine(themeDirectory, "archetypes", "model.md"), displayPathOf, diagnostics);
        var appendix = ModelScaffold.Appendix(existing, model, vocabulary);
        var rowLine = diagnostics.HasErrors ? 0 : CheckRowReadsBack(model, vocabulary, existing + appendix, tableDisplay, diagnostics);
        if (diagnostics.HasErrors || page is null) return Failed(diagnostics, pagePath, tablePath);

        Directory.CreateDirectory(Path.GetDirectoryName(pagePath)!);
        using (var stream = new FileStream(pagePath, FileMode.CreateNew, FileAccess.Write))
            stream.Write(Utf8.GetBytes(page));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(tablePath)!);
            using var table = new FileStream(tablePath, FileMode.Append, FileAccess.Write);
            table.Write(Utf8.GetBytes(appendix));
        }
        catch
        {
            File.Delete(pagePath);
            throw;
        }
        return new AddModelResult([], pagePath, tablePath, rowLine);
    }

    /// <summary>input/data/models.yaml, or models.yml when that is the one the site has.</summary>
    public static string TablePathIn(string inputDirectory)
    {
        var yml = Path.Combine(inputDirectory, "data", ModelTable.DataName + ".yml");
        return File.Exists(yml) ? yml : Path.Combine(inputDirectory, "data", ModelTable.DataName + ".yaml");
    }

    /// <summary>
    /// The error naming the row that already holds the paper <paramref name="arxiv"/>, or null.
    /// Asked before arXiv is, so a paper already added is refused even when arXiv cannot be reached.
    /// </summary>
    public static Diagnostic? RowOfPaper(string inputDirectory, string arxiv, Func<string, string> displayPathOf)
    {
        var tablePath = TablePathIn(inputDirectory);
        if (!File.Exists(tablePath)) return null;
        var tableDisplay = displayPathOf(tablePath);
        var root = YamlReader.Read(File.ReadAllText(tablePath), tableDisplay, new DiagnosticBag());
        return Rows(root).Select(row => PaperTaken(row, arxiv, tableDisplay)).FirstOrDefault(d => d is not null);
    }

    private static IEnumerable<YamlMapping> Rows(YamlNode? root) => (root as YamlSequence)?.Items.OfType<YamlMapping>() ?? [];

    private static Diagnostic? PaperTaken(YamlMapping row, string arxiv, string tableDisplay) =>
        row["arxiv"] is YamlScalar taken && taken.Value.Trim() == arxiv
            ? Diagnostic.Error(Codes.NewPaperTaken, tableDisplay, taken.Position.Line, taken.Position.Column, $"the paper arXiv:{arxiv} is already in the table, in this row ('{(row["id"] as YamlScalar)?.Value.Trim()}'); complete that row instead")
            : null;

    private static AddModelResult Failed(DiagnosticBag diagnostics, string pagePath, string tablePath) =>
        new(diagnostics.Sorted(), pagePath, tablePath, 0);

    /// <summary>Reads ids, names, aliases and arXiv ids straight from the YAML, so a row that fails validation still counts as taken.</summary>
    private static void CheckNotTaken(NewModel model, YamlNode? root, string tableDisplay, DiagnosticBag diagnostics)
    {
        foreach (var row in Rows(root))
        {
            if (model.Arxiv is not null && PaperTaken(row, model.Arxiv, tableDisplay) is { } paperTaken) diagnostics.Add(paperTaken);
            if (row["id"] is YamlScalar id && id.Value.Trim() == model.Id)
            {
                diagnostics.Error(Codes.NewIdTaken, tableDisplay, id.Position.Line, id.Position.Column, $"id '{model.Id}' is taken by this row; {(model.IdGiven ? "choose another --id" : "choose another name or pass --id")}");
                continue;
            }
            var names = new[] { row["name"] }.Concat((row["aliases"] as YamlSequence)?.Items ?? []).OfType<YamlScalar>();
            foreach (var name in names.Where(n => string.Equals(n.Value.Trim(), model.Name, StringComparison.OrdinalIgnoreCase)))
                diagnostics.Error(Codes.NewNameTaken, tableDisplay, name.Position.Line, name.Position.Column, $"the name '{model.Name}' already names this row, so [[{model.Name}]] links could not tell them apart");
        }
    }

    private static string? RenderArchetype(NewModel model, Vocabulary vocabulary, string archetypePath, Func<string, string> displayPathOf, DiagnosticBag diagnostics)
    {
        var display = displayPathOf(archetypePath);
        if (!File.Exists(archetypePath))
        {
            diagnostics.Error(Codes.ArchetypeMissing, display, 1, 1, "the model archetype is missing (the theme needs archetypes/model.md)");
            return null;
        }
        var template = LiquidTemplates.TryParse(File.ReadAllText(archetypePath), out var error, out var line, out var column);
        if (template is null)
        {
            diagnostics.Error(Codes.TemplateSyntax, display, line, column, $"template does not parse: {error}");
            return null;
        }
        var context = new TemplateContext();
        foreach (var (key, value) in ModelScaffold.ArchetypeValues(model, vocabulary)) context.SetValue(key, value);
        try
        {
            return template.Render(context, NullEncoder.Default);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Error(Codes.TemplateFailed, display, 1, 1, $"template failed: {ex.Message}");
            return null;
        }
    }

    /// <summary>Reads the table as the build will; the new row must come back valid. Returns the row's line.</summary>
    private static int CheckRowReadsBack(NewModel model, Vocabulary vocabulary, string text, string tableDisplay, DiagnosticBag diagnostics)
    {
        var rowLine = text[..text.LastIndexOf("- id: " + model.Id, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var check = new DiagnosticBag();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var table = new ModelTableReader(tableDisplay, check, today, vocabulary, new FacetValueSlugs(Facet.Organisations).Add).Read(YamlReader.Read(text, tableDisplay, check));
        foreach (var problem in check.Sorted().Where(d => d.Line >= rowLine))
            diagnostics.Add(problem with { Message = "the new row would not read back: " + problem.Message });
        if (table.Find(model.Id) is null && !diagnostics.HasErrors)
            diagnostics.Error(Codes.NewRowUnreadable, tableDisplay, rowLine, 1, "the new row would not read back (is models.yaml a block list of '- id:' rows?)");
        return rowLine;
    }
}
