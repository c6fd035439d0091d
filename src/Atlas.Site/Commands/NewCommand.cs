using Atlas.Site.Diagnostics;
using Atlas.Site.Documents;
using System.CommandLine;
using Atlas.Site.Authoring;
using Atlas.Site.Build;
using Atlas.Site.Authoring.Arxiv;
using Atlas.Site.Model;

namespace Atlas.Site.Commands;

/// <summary><c>atlas new &lt;Name&gt;</c>: adds a model's page (from the theme's archetype) and its row in models.yaml.</summary>
public static class NewCommand
{
    public static Command Create(CliContext cli)
    {
        var name = new Argument<string?>("name") { Description = "The model's name as its paper writes it, e.g. BLIP-2 (with --arxiv, default: the title's short name before its colon)", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = "Id and file name of the page (default: the name as a lowercase slug, e.g. blip-2)" };
        var arxiv = new Option<string?>("--arxiv") { Description = "arXiv id of the paper, e.g. 2301.12597: its title, authors, first-version date and category are asked of arXiv" };
        var date = new Option<string?>("--date") { Description = "Date of the paper's first arXiv version, YYYY-MM-DD (default: arXiv's, with --arxiv; else today)" };
        var paper = new PaperOptions();
        var family = new Option<string?>("--family") { Description = "Architecture family, an id of input/data/families.yaml (default: its first, marked TODO: until checked)" };
        CommonOptions.Validate(id, v => Schema.IsSlug(v) ? null : "must be a lowercase slug (letters a-z, digits, single hyphens)");
        CommonOptions.Validate(arxiv, v => Schema.IsArxivId(v) ? null : "must be an arXiv id such as 2107.07651");
        CommonOptions.Validate(date, v => Schema.TryParseDate(v, out var d) && d <= Today ? null : "must be a real date written YYYY-MM-DD, not in the future");

        var command = new Command("new", "Add a model: input/models/<id>.md from theme/archetypes/model.md and a row appended to input/data/models.yaml")
        {
            name, id, arxiv, date, family,
        };
        foreach (var option in paper.All) command.Options.Add(option);
        command.SetAction(async (result, token) =>
        {
            var request = cli.Request(result);
            if (result.GetValue(family) is { } chosen && !FamilyIds(request).Contains(chosen))
                return cli.Refuse(Codes.UsageInvalid, $"--family must be an id of input/data/families.yaml ({string.Join(" | ", FamilyIds(request))}), got '{chosen}'", exitCode: 2);
            var arxivId = result.GetValue(arxiv);
            ArxivPaper? found = null;
            if (arxivId is not null)
            {
                if (AddModel.RowOfPaper(Path.GetFullPath(request.InputDirectory), arxivId, request.DisplayPath) is { } taken)
                {
                    cli.Stderr.WriteLine(taken);
                    return cli.Refuse(Codes.NewNothingWritten, $"nothing was written: arXiv:{arxivId} is already in the table");
                }
                if (!result.GetValue(paper.Offline))
                {
                    var answer = await paper.LookUpAsync(result, arxivId, token);
                    if (answer.Paper is null) return cli.Refuse(Codes.NewArxivLookupFailed, answer.Problem!);
                    found = answer.Paper;
                    cli.Stdout.WriteLine(PaperOptions.Describe(found));
                }
            }
            var modelName = result.GetValue(name) ?? found?.ShortName;
            if (modelName is null)
            {
                return cli.Refuse(Codes.NewNameMissing, found is null
                    ? "give the model's name: new <Name> (see --help)"
                    : $"the title \"{found.Title}\" has no short name before a colon; give the model's name: new <Name> --arxiv {arxivId}", 2);
            }
            if (ModelScaffold.NameProblem(modelName) is { } problem) return cli.Refuse(Codes.NewNameInvalid, $"cannot add '{CommonOptions.Printable(modelName)}': {problem}", exitCode: 2);
            modelName = modelName.Trim();
            var modelId = result.GetValue(id) ?? ModelScaffold.IdFor(modelName);
            if (!Schema.IsSlug(modelId))
                return cli.Refuse(Codes.NewIdUnusable, $"the name '{modelName}' gives no usable id ('{modelId}'); pass --id with a lowercase slug such as --id my-model", exitCode: 2);
            var model = new NewModel(
                modelName,
                modelId,
                result.GetValue(arxiv),
                result.GetValue(date) is { } given && Schema.TryParseDate(given, out var day) ? day : found?.FirstVersion ?? Today,
                result.GetValue(family))
            {
                IdGiven = result.GetValue(id) is not null,
                Paper = new PaperFacts(result.GetValue(paper.Title)?.Trim() ?? found?.Title, found?.Authors ?? [], found?.PrimaryCategory),
            };
            var outcome = AddModel.Run(model, Path.GetFullPath(request.InputDirectory), Path.GetFullPath(request.ThemeDirectory), request.DisplayPath);
            if (!outcome.Succeeded)
            {
                foreach (var error in outcome.Errors) cli.Stderr.WriteLine(error);
                return cli.Refuse(Codes.NewNothingWritten, $"nothing was written: '{modelName}' was not added");
            }
            cli.Stdout.WriteLine($"created {request.DisplayPath(outcome.PagePath)}");
            cli.Stdout.WriteLine($"added row '{model.Id}' at {request.DisplayPath(outcome.TablePath)}:{outcome.RowLine}");
            cli.Stdout.WriteLine($"next: replace every '{Placeholder.Marker}' (the build lists each as a warning), then run: dotnet run -- check --strict");
            return 0;
        });
        return command;
    }

    /// <summary>The family ids the site's vocabulary defines (its own problems are reported by the build).</summary>
    private static IReadOnlyList<string> FamilyIds(BuildRequest request) =>
        VocabularyReader.ReadFolder(Path.Combine(Path.GetFullPath(request.InputDirectory), "data"), request.DisplayPath, new Engine.Diagnostics.DiagnosticBag()).Families.Select(f => f.Id).ToList();

    /// <summary>The date a row gets by default; the build compares dates with the same UTC day.</summary>
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
